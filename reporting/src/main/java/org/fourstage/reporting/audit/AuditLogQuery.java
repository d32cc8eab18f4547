package org.fourstage.reporting.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.paging.Page;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.persistence.database.SqlText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one clinic's audit trail, filtered and paged. Days are UTC days.
 */
@Component
public class AuditLogQuery {

	private final JdbcClient jdbc;

	public AuditLogQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the clinic's entries, newest first.
	 * @param clinicId the clinic
	 * @param filter what to narrow to
	 * @param page the page number, from 0
	 * @param size entries per page
	 * @return the page
	 */
	public Page<AuditEntry> page(ClinicId clinicId, AuditFilter filter, int page, int size) {
		List<String> conditions = new ArrayList<>(List.of("e.clinic_id = :clinic"));
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("clinic", clinicId.value());
		if (filter.person() != null && !filter.person().isBlank()) {
			conditions.add(
					"(lower(e.actor_email) LIKE :person ESCAPE '\\' OR lower(a.display_name) LIKE :person ESCAPE '\\')");
			params.put("person", SqlText.containing(filter.person()));
		}
		if (filter.patientId() != null) {
			conditions.add("e.patient_id = :patient");
			params.put("patient", filter.patientId().value());
		}
		if (AuditFilter.SECURITY_EVENTS.equals(filter.action())) {
			conditions.add("e.action IN (:securityEvents)");
			params.put("securityEvents", AuditAction.securityEvents().stream().map(Enum::name).toList());
		}
		else if (filter.action() != null && !filter.action().isBlank()) {
			conditions.add("e.action = :action");
			params.put("action", filter.action());
		}
		if (filter.from() != null) {
			conditions.add("e.occurred_at >= :from");
			params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("e.occurred_at < :to");
			params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		String from = " FROM audit_events e LEFT JOIN accounts a ON a.id = e.actor_id WHERE "
				+ String.join(" AND ", conditions);
		long total = this.jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
		List<AuditEntry> entries = this.jdbc
			.sql("SELECT e.occurred_at, e.actor_email, a.display_name, e.actor_role, e.action, e.target_type, "
					+ "e.target_id, e.patient_id, e.client_address, e.outcome, e.detail" + from
					+ " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(AuditLogQuery::map)
			.list();
		return new Page<>(entries, page, size, total);
	}

	private static AuditEntry map(ResultSet row, int n) throws SQLException {
		String role = row.getString("actor_role");
		UUID patient = row.getObject("patient_id", UUID.class);
		return new AuditEntry(row.getTimestamp("occurred_at").toInstant(), row.getString("actor_email"),
				row.getString("display_name"), (role != null) ? Role.valueOf(role) : null,
				AuditAction.valueOf(row.getString("action")), row.getString("target_type"), row.getString("target_id"),
				(patient != null) ? new PatientId(patient) : null, row.getString("client_address"),
				AuditOutcome.valueOf(row.getString("outcome")), row.getString("detail"));
	}

}
