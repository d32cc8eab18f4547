package org.fourstage.persistence.instrument;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.instrument.EntrySource;
import org.fourstage.domain.instrument.InstrumentId;
import org.fourstage.domain.instrument.InstrumentResponse;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.ItemAnswer;
import org.fourstage.domain.instrument.ScoreOutcome;
import org.fourstage.domain.instrument.Scored;
import org.fourstage.domain.instrument.StoredResponse;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Questionnaire answers in {@code instrument_responses} and {@code instrument_answers}.
 * The score columns are written for lists; {@link StoredResponse#score()} recomputes from
 * the answers.
 */
@Repository
class JdbcInstrumentResponseRepository implements InstrumentResponseRepository {

	private final JdbcClient jdbc;

	JdbcInstrumentResponseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public StoredResponse save(ClinicId clinicId, PatientId patientId, @Nullable UUID assessmentId,
			InstrumentResponse response, ScoreOutcome outcome, EntrySource source, AccountId by) {
		Scored scored = (outcome instanceof Scored s) ? s : null;
		StringBuilder subscales = new StringBuilder("{");
		if (scored != null) {
			scored.subscales()
				.forEach((id, value) -> subscales.append((subscales.length() > 1) ? "," : "")
					.append('"')
					.append(id)
					.append("\":")
					.append(value.toPlainString()));
		}
		subscales.append('}');
		UUID id = this.jdbc
			.sql("INSERT INTO instrument_responses (clinic_id, patient_id, assessment_id, instrument_id, "
					+ "instrument_version, entered_as, entered_by, score, band, subscales) "
					+ "SELECT p.clinic_id, p.id, :assessment, :instrument, :version, :source, :by, :score, :band, "
					+ "CAST(:subscales AS jsonb) FROM patients p WHERE p.id = :patient AND p.clinic_id = :clinic "
					+ "AND (CAST(:assessment AS uuid) IS NULL OR EXISTS (SELECT 1 FROM assessments a "
					+ "WHERE a.id = :assessment AND a.patient_id = p.id AND a.clinic_id = p.clinic_id)) RETURNING id")
			.param("assessment", assessmentId)
			.param("instrument", response.instrument().value())
			.param("version", response.version())
			.param("source", source.name())
			.param("by", by.value())
			.param("score", (scored != null) ? scored.value() : null)
			.param("band", (scored != null && scored.band() != null) ? scored.band().id() : null)
			.param("subscales", subscales.toString())
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No such patient or assessment in the clinic"));
		int position = 0;
		for (ItemAnswer answer : response.answers()) {
			this.jdbc
				.sql("INSERT INTO instrument_answers (response_id, clinic_id, item_id, position, value, patient_label) "
						+ "VALUES (:response, :clinic, :item, :position, :value, :label)")
				.param("response", id)
				.param("clinic", clinicId.value())
				.param("item", answer.itemId())
				.param("position", position++)
				.param("value", answer.value())
				.param("label", answer.patientLabel())
				.update();
		}
		return find(clinicId, id);
	}

	@Override
	public List<StoredResponse> forAssessment(ClinicId clinicId, UUID assessmentId) {
		return load(clinicId, "r.assessment_id = :key", assessmentId, null);
	}

	@Override
	public List<StoredResponse> forPatient(ClinicId clinicId, PatientId patientId, InstrumentId instrument) {
		return load(clinicId, "r.patient_id = :key AND r.instrument_id = :instrument", patientId.value(),
				instrument.value());
	}

	private StoredResponse find(ClinicId clinicId, UUID id) {
		return load(clinicId, "r.id = :key", id, null).get(0);
	}

	private List<StoredResponse> load(ClinicId clinicId, String condition, UUID key, @Nullable String instrument) {
		var statement = this.jdbc
			.sql("SELECT r.id, r.patient_id, r.assessment_id, r.instrument_id, r.instrument_version, r.entered_as, "
					+ "r.entered_at FROM instrument_responses r WHERE r.clinic_id = :clinic AND " + condition
					+ " ORDER BY r.entered_at DESC, r.id")
			.param("clinic", clinicId.value())
			.param("key", key);
		if (instrument != null) {
			statement = statement.param("instrument", instrument);
		}
		List<Header> headers = statement.query(JdbcInstrumentResponseRepository::header).list();
		if (headers.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<ItemAnswer>> answers = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT response_id, item_id, value, patient_label FROM instrument_answers "
					+ "WHERE clinic_id = :clinic AND response_id IN (:ids) ORDER BY response_id, position")
			.param("clinic", clinicId.value())
			.param("ids", headers.stream().map(Header::id).toList())
			.query((row) -> {
				Integer value = row.getObject("value", Integer.class);
				answers.computeIfAbsent(row.getObject("response_id", UUID.class), (k) -> new ArrayList<>())
					.add(new ItemAnswer(row.getString("item_id"), value, row.getString("patient_label")));
			});
		return headers.stream()
			.map((h) -> new StoredResponse(h.id(), new PatientId(h.patientId()), h.assessmentId(),
					new InstrumentResponse(InstrumentId.of(h.instrument()), h.version(),
							answers.getOrDefault(h.id(), List.of())),
					h.source(), h.enteredAt()))
			.toList();
	}

	private static Header header(ResultSet row, int n) throws SQLException {
		return new Header(row.getObject("id", UUID.class), row.getObject("patient_id", UUID.class),
				row.getObject("assessment_id", UUID.class), row.getString("instrument_id"),
				row.getString("instrument_version"), EntrySource.valueOf(row.getString("entered_as")),
				row.getTimestamp("entered_at").toInstant());
	}

	private record Header(UUID id, UUID patientId, @Nullable UUID assessmentId, String instrument, String version,
			EntrySource source, java.time.Instant enteredAt) {

	}

}
