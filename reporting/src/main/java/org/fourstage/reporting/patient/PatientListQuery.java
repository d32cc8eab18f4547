package org.fourstage.reporting.patient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.paging.Page;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientStatus;
import org.fourstage.domain.program.Stage;

import org.fourstage.persistence.database.SqlText;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clinic's patients for the physio's list: searched and filtered, those with an
 * unresolved red flag first, then by name.
 */
@Component
public class PatientListQuery {

	// The latest completed assessment decides the pattern and the red flag, as it does on
	// the patient's page.
	private static final String FROM = """
			 FROM patients p
			 LEFT JOIN programs g ON g.patient_id = p.id AND g.clinic_id = p.clinic_id
			 LEFT JOIN latest_completed_assessment la ON la.patient_id = p.id AND la.clinic_id = p.clinic_id
			""";

	private final JdbcClient jdbc;

	public PatientListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the clinic's patients.
	 * @param clinicId the clinic
	 * @param filter what to narrow to
	 * @param page the page number, from 0
	 * @param size patients per page
	 * @return the page
	 */
	public Page<PatientListEntry> page(ClinicId clinicId, PatientListFilter filter, int page, int size) {
		List<String> where = new ArrayList<>(List.of("p.clinic_id = :clinic",
				"(lower(p.full_name) LIKE :pattern ESCAPE '\\' OR lower(p.reference) LIKE :pattern ESCAPE '\\')"));
		Map<String, Object> params = new HashMap<>();
		params.put("clinic", clinicId.value());
		params.put("pattern", SqlText.containing(filter.query()));
		if (filter.status() != null) {
			where.add("p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.stage() != null) {
			where.add("g.current_stage = :stage");
			params.put("stage", filter.stage().number());
		}
		if (filter.painPattern() != null) {
			where.add("la.pain_pattern = :painPattern");
			params.put("painPattern", filter.painPattern().name());
		}
		String sql = FROM + " WHERE " + String.join(" AND ", where);
		long total = this.jdbc.sql("SELECT count(*)" + sql).params(params).query(Long.class).single();
		List<PatientListEntry> entries = this.jdbc
			.sql("SELECT p.id, p.reference, p.full_name, p.date_of_birth, p.status, g.current_stage, la.pain_pattern, "
					+ "coalesce(la.red_flag_state = 'URGENT_MEDICAL_ASSESSMENT', false) AS urgent" + sql
					+ " ORDER BY urgent DESC, lower(p.full_name), p.reference LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((row, n) -> {
				int stage = row.getInt("current_stage");
				@Nullable Stage currentStage = row.wasNull() ? null : Stage.ofNumber(stage);
				String pattern = row.getString("pain_pattern");
				return new PatientListEntry(new PatientId(row.getObject("id", UUID.class)), row.getString("reference"),
						row.getString("full_name"), row.getObject("date_of_birth", java.time.LocalDate.class),
						PatientStatus.valueOf(row.getString("status")), currentStage,
						(pattern != null) ? PainPattern.valueOf(pattern) : null, row.getBoolean("urgent"));
			})
			.list();
		return new Page<>(entries, page, size, total);
	}

}
