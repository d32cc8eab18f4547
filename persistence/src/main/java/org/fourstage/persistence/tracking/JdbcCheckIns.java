package org.fourstage.persistence.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.CheckIn;
import org.fourstage.domain.tracking.CheckInEntry;
import org.fourstage.domain.tracking.CheckIns;
import org.fourstage.domain.tracking.RecordedBy;
import org.fourstage.domain.tracking.Saved;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Daily check-ins kept in the {@code check_ins} table.
 */
@Repository
class JdbcCheckIns implements CheckIns {

	private static final String SELECT = "SELECT id, patient_id, day, morning_pain, evening_pain, "
			+ "morning_stiffness_minutes, sleep_quality, sitting_tolerance_minutes, recorded_by_account_id, "
			+ "recorded_by_role, created_at, updated_at FROM check_ins ";

	private final JdbcClient jdbc;

	JdbcCheckIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Saved<CheckIn>> record(ClinicId clinicId, PatientId patientId, UUID idempotencyKey,
			CheckInEntry entry, RecordedBy recordedBy, Instant now) {
		// Without a conflict target, both the key and the one-per-day rule make the
		// insert
		// a no-op; which of the two it was is read back below.
		Optional<UUID> inserted = this.jdbc
			.sql("INSERT INTO check_ins (clinic_id, patient_id, day, morning_pain, evening_pain, "
					+ "morning_stiffness_minutes, sleep_quality, sitting_tolerance_minutes, recorded_by_account_id, "
					+ "recorded_by_role, idempotency_key, created_at, updated_at) SELECT p.clinic_id, p.id, :day, "
					+ ":morning, CAST(:evening AS smallint), :stiffness, :sleep, :sitting, :by, :role, :key, :now, :now FROM patients p "
					+ "WHERE p.id = :patient AND p.clinic_id = :clinic ON CONFLICT DO NOTHING RETURNING id")
			.param("day", entry.day())
			.param("morning", entry.morningPain())
			.param("evening", entry.eveningPain())
			.param("stiffness", entry.morningStiffnessMinutes())
			.param("sleep", entry.sleepQuality())
			.param("sitting", entry.sittingToleranceMinutes())
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
			.query(JdbcCheckIns::map)
			.optional()
			.map((existing) -> new Saved<>(existing, false));
	}

	@Override
	public Optional<CheckIn> find(ClinicId clinicId, PatientId patientId, UUID checkInId) {
		return this.jdbc.sql(SELECT + "WHERE id = :id AND clinic_id = :clinic AND patient_id = :patient")
			.param("id", checkInId)
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(JdbcCheckIns::map)
			.optional();
	}

	@Override
	public Optional<CheckIn> forDay(ClinicId clinicId, PatientId patientId, LocalDate day) {
		return this.jdbc.sql(SELECT + "WHERE day = :day AND clinic_id = :clinic AND patient_id = :patient")
			.param("day", day)
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(JdbcCheckIns::map)
			.optional();
	}

	@Override
	public List<CheckIn> between(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql(SELECT + "WHERE clinic_id = :clinic AND patient_id = :patient AND day BETWEEN :from AND :to "
					+ "ORDER BY day")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", from)
			.param("to", to)
			.query(JdbcCheckIns::map)
			.list();
	}

	@Override
	public boolean correct(ClinicId clinicId, PatientId patientId, UUID checkInId, CheckInEntry entry, Instant now) {
		return this.jdbc
			.sql("UPDATE check_ins SET morning_pain = :morning, evening_pain = :evening, "
					+ "morning_stiffness_minutes = :stiffness, sleep_quality = :sleep, "
					+ "sitting_tolerance_minutes = :sitting, updated_at = :now "
					+ "WHERE id = :id AND clinic_id = :clinic AND patient_id = :patient AND day = :day")
			.param("morning", entry.morningPain())
			.param("evening", entry.eveningPain())
			.param("stiffness", entry.morningStiffnessMinutes())
			.param("sleep", entry.sleepQuality())
			.param("sitting", entry.sittingToleranceMinutes())
			.param("now", Timestamp.from(now))
			.param("id", checkInId)
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("day", entry.day())
			.update() == 1;
	}

	private static CheckIn map(ResultSet row, int n) throws SQLException {
		CheckInEntry entry = new CheckInEntry(row.getObject("day", LocalDate.class), row.getInt("morning_pain"),
				EntryColumns.integer(row, "evening_pain"), row.getInt("morning_stiffness_minutes"),
				row.getInt("sleep_quality"), row.getInt("sitting_tolerance_minutes"));
		return new CheckIn(row.getObject("id", UUID.class), new PatientId(row.getObject("patient_id", UUID.class)),
				entry, EntryColumns.recordedBy(row), EntryColumns.instant(row, "created_at"),
				EntryColumns.instant(row, "updated_at"));
	}

}
