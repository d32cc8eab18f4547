package org.fourstage.persistence.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.FlareUp;
import org.fourstage.domain.tracking.FlareUpEntry;
import org.fourstage.domain.tracking.FlareUps;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RecordedBy;
import org.fourstage.domain.tracking.RedFlagSign;
import org.fourstage.domain.tracking.Saved;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Flare-ups kept in the {@code flare_ups} table; the red-flag signs as a text array of
 * their names.
 */
@Repository
class JdbcFlareUps implements FlareUps {

	private static final String SELECT = "SELECT id, patient_id, started_on, started_at, ended_on, peak_pain, "
			+ "flare_trigger, leg_symptoms, sharp_or_shooting, array_to_string(red_flag_signs, ',') AS signs, "
			+ "what_helped, recorded_by_account_id, recorded_by_role, created_at, updated_at FROM flare_ups ";

	private final JdbcClient jdbc;

	JdbcFlareUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Saved<FlareUp>> record(ClinicId clinicId, PatientId patientId, UUID idempotencyKey,
			FlareUpEntry entry, RecordedBy recordedBy, Instant now) {
		Optional<UUID> inserted = this.jdbc
			.sql("INSERT INTO flare_ups (clinic_id, patient_id, started_on, started_at, ended_on, peak_pain, "
					+ "flare_trigger, leg_symptoms, sharp_or_shooting, red_flag_signs, what_helped, "
					+ "recorded_by_account_id, recorded_by_role, idempotency_key, created_at, updated_at) "
					+ "SELECT p.clinic_id, p.id, :startedOn, CAST(:startedAt AS time), CAST(:endedOn AS date), :peak, "
					+ ":trigger, :leg, :sharp, string_to_array(:signs, ','), :helped, :by, :role, :key, :now, :now "
					+ "FROM patients p WHERE p.id = :patient AND p.clinic_id = :clinic "
					+ "ON CONFLICT (clinic_id, patient_id, idempotency_key) DO NOTHING RETURNING id")
			.param("startedOn", entry.startedOn())
			.param("startedAt", entry.startedAt())
			.param("endedOn", entry.endedOn())
			.param("peak", entry.peakPain())
			.param("trigger", entry.trigger().name())
			.param("leg", entry.legSymptoms().name())
			.param("sharp", entry.sharpOrShooting())
			.param("signs", signs(entry.redFlagSigns()))
			.param("helped", entry.whatHelped())
			.param("by", recordedBy.accountId().value())
			.param("role", recordedBy.role().name())
			.param("key", idempotencyKey)
			.param("now", Timestamp.from(now))
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(UUID.class)
			.optional();
		if (inserted.isPresent()) {
			return Optional.of(new Saved<>(find(clinicId, patientId, inserted.get()).orElseThrow(), true));
		}
		return this.jdbc.sql(SELECT + "WHERE clinic_id = :clinic AND patient_id = :patient AND idempotency_key = :key")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("key", idempotencyKey)
			.query(JdbcFlareUps::map)
			.optional()
			.map((existing) -> new Saved<>(existing, false));
	}

	@Override
	public Optional<FlareUp> find(ClinicId clinicId, PatientId patientId, UUID flareUpId) {
		return this.jdbc.sql(SELECT + "WHERE id = :id AND clinic_id = :clinic AND patient_id = :patient")
			.param("id", flareUpId)
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(JdbcFlareUps::map)
			.optional();
	}

	@Override
	public List<FlareUp> between(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql(SELECT + "WHERE clinic_id = :clinic AND patient_id = :patient AND started_on BETWEEN :from AND :to "
					+ "ORDER BY started_on, started_at NULLS FIRST, created_at")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", from)
			.param("to", to)
			.query(JdbcFlareUps::map)
			.list();
	}

	@Override
	public boolean end(ClinicId clinicId, PatientId patientId, UUID flareUpId, LocalDate endedOn, Instant now) {
		return this.jdbc
			.sql("UPDATE flare_ups SET ended_on = :endedOn, updated_at = :now "
					+ "WHERE id = :id AND clinic_id = :clinic AND patient_id = :patient AND started_on <= :endedOn")
			.param("endedOn", endedOn)
			.param("now", Timestamp.from(now))
			.param("id", flareUpId)
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.update() == 1;
	}

	private static String signs(Set<RedFlagSign> signs) {
		return signs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static FlareUp map(ResultSet row, int n) throws SQLException {
		String signs = row.getString("signs");
		Set<RedFlagSign> redFlagSigns = EnumSet.noneOf(RedFlagSign.class);
		if (!signs.isEmpty()) {
			Arrays.stream(signs.split(",")).map(RedFlagSign::valueOf).forEach(redFlagSigns::add);
		}
		FlareUpEntry entry = new FlareUpEntry(row.getObject("started_on", LocalDate.class),
				row.getObject("started_at", LocalTime.class), row.getObject("ended_on", LocalDate.class),
				row.getInt("peak_pain"), FlareTrigger.valueOf(row.getString("flare_trigger")),
				LegSymptoms.valueOf(row.getString("leg_symptoms")), row.getBoolean("sharp_or_shooting"), redFlagSigns,
				row.getString("what_helped"));
		return new FlareUp(row.getObject("id", UUID.class), new PatientId(row.getObject("patient_id", UUID.class)),
				entry, EntryColumns.recordedBy(row), EntryColumns.instant(row, "created_at"),
				EntryColumns.instant(row, "updated_at"));
	}

}
