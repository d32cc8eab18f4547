package org.fourstage.reporting.clinic;

import java.util.List;

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
			.query((row, n) -> new ClinicDirectoryEntry(row.getObject("id", java.util.UUID.class),
					row.getString("name"), row.getString("sign_in_code"), row.getTimestamp("created_at").toInstant()))
			.list();
	}

}
