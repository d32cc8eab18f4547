package org.fourstage.reporting.patient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clinic's patients, searched by name or reference number, by name.
 */
@Component
public class PatientListQuery {

	private final JdbcClient jdbc;

	public PatientListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the clinic's patients whose name or reference contains the query.
	 * @param clinicId the clinic
	 * @param query text to look for, blank for all
	 * @param page the page number, from 0
	 * @param size patients per page
	 * @return the page
	 */
	public PatientListPage page(UUID clinicId, String query, int page, int size) {
		String pattern = "%"
				+ query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		String from = " FROM patients WHERE clinic_id = :clinic "
				+ "AND (lower(full_name) LIKE :pattern ESCAPE '\\' OR lower(reference) LIKE :pattern ESCAPE '\\')";
		long total = this.jdbc.sql("SELECT count(*)" + from)
			.param("clinic", clinicId)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<PatientListEntry> entries = this.jdbc
			.sql("SELECT id, reference, full_name, date_of_birth, status" + from
					+ " ORDER BY lower(full_name), reference LIMIT :limit OFFSET :offset")
			.param("clinic", clinicId)
			.param("pattern", pattern)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((row, n) -> new PatientListEntry(row.getObject("id", UUID.class), row.getString("reference"),
					row.getString("full_name"), row.getObject("date_of_birth", java.time.LocalDate.class),
					row.getString("status")))
			.list();
		return new PatientListPage(entries, page, size, total);
	}

}
