package org.fourstage.reporting.audit;

import java.time.LocalDate;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.paging.Page;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.reporting.ReportingRows;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class AuditLogQueryIT {

	private final JdbcClient jdbc;

	private final AuditLogQuery query;

	AuditLogQueryIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.query = new AuditLogQuery(jdbc);
	}

	@Test
	void readsOneClinicsEntriesNewestFirstWithTheirRoleActionOutcomeAndPatient() {
		ReportingRows rows = new ReportingRows(this.jdbc);
		PatientId patient = rows.patient("Ana Alves", "P-1", "ACTIVE");
		event(rows, "2026-03-01T09:00:00Z", "SIGN_IN_FAILED", null, null, "FAILURE");
		event(rows, "2026-03-02T09:00:00Z", "PATIENT_VIEWED", "PHYSIO", patient, "SUCCESS");
		event(new ReportingRows(this.jdbc), "2026-03-03T09:00:00Z", "SIGN_IN", "ADMIN", null, "SUCCESS");

		Page<AuditEntry> page = this.query.page(rows.clinic().id(), AuditFilter.NONE, 0, 10);

		assertThat(page.total()).isEqualTo(2);
		AuditEntry newest = page.items().get(0);
		assertThat(newest.action()).isEqualTo(AuditAction.PATIENT_VIEWED);
		assertThat(newest.actorRole()).isEqualTo(Role.PHYSIO);
		assertThat(newest.actorName()).isEqualTo("Phil Physio");
		assertThat(newest.patientId()).isEqualTo(patient);
		assertThat(newest.outcome()).isEqualTo(AuditOutcome.SUCCESS);
		AuditEntry oldest = page.items().get(1);
		assertThat(oldest.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
		assertThat(oldest.actorRole()).isNull();
		assertThat(oldest.patientId()).isNull();
		assertThat(oldest.outcome()).isEqualTo(AuditOutcome.FAILURE);
	}

	@Test
	void filtersByPatientSecurityEventsPersonAndUtcDays() {
		ReportingRows rows = new ReportingRows(this.jdbc);
		PatientId patient = rows.patient("Ana Alves", "P-1", "ACTIVE");
		event(rows, "2026-03-01T23:30:00Z", "SIGN_IN_FAILED", null, null, "FAILURE");
		event(rows, "2026-03-02T00:30:00Z", "PATIENT_VIEWED", "PHYSIO", patient, "SUCCESS");

		assertThat(actions(rows, new AuditFilter(null, patient, null, null, null)))
			.containsExactly(AuditAction.PATIENT_VIEWED);
		assertThat(actions(rows, new AuditFilter(null, null, AuditFilter.SECURITY_EVENTS, null, null)))
			.containsExactly(AuditAction.SIGN_IN_FAILED);
		assertThat(actions(rows, new AuditFilter("phil", null, null, null, null)))
			.containsExactly(AuditAction.PATIENT_VIEWED, AuditAction.SIGN_IN_FAILED);
		assertThat(actions(rows, new AuditFilter(null, null, null, LocalDate.of(2026, 3, 2), null)))
			.containsExactly(AuditAction.PATIENT_VIEWED);
		assertThat(actions(rows, new AuditFilter(null, null, null, null, LocalDate.of(2026, 3, 1))))
			.containsExactly(AuditAction.SIGN_IN_FAILED);
	}

	private java.util.List<AuditAction> actions(ReportingRows rows, AuditFilter filter) {
		return this.query.page(rows.clinic().id(), filter, 0, 10).items().stream().map(AuditEntry::action).toList();
	}

	private void event(ReportingRows rows, String at, String action, String role, PatientId patient, String outcome) {
		this.jdbc
			.sql("INSERT INTO audit_events (occurred_at, clinic_id, actor_id, actor_email, actor_role, action, "
					+ "patient_id, outcome) VALUES (CAST(:at AS timestamptz), :clinic, :actor, :email, :role, "
					+ ":action, :patient, :outcome)")
			.param("at", at)
			.param("clinic", rows.clinic().id().value())
			.param("actor", rows.physio().id().value())
			.param("email", rows.physio().email().value())
			.param("role", role)
			.param("action", action)
			.param("patient", (patient != null) ? patient.value() : null)
			.param("outcome", outcome)
			.update();
	}

}
