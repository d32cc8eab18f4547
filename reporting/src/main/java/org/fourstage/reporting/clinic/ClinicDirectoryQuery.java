package org.fourstage.reporting.clinic;

import java.util.List;
import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists the clinics of the deployment for its operator.
 */
@Component
public class ClinicDirectoryQuery {

	private final JdbcClient jdbc;

	public ClinicDirectoryQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every clinic, by name.
	 * @return the entries
	 */
	public List<ClinicDirectoryEntry> entries() {
		return this.jdbc.sql("SELECT id, name, sign_in_code, created_at FROM clinics ORDER BY lower(name)")
			.query((row, n) -> new ClinicDirectoryEntry(new ClinicId(row.getObject("id", UUID.class)),
					row.getString("name"), row.getString("sign_in_code"), row.getTimestamp("created_at").toInstant()))
			.list();
	}

}
