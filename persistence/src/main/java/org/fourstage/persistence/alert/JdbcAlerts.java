package org.fourstage.persistence.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.alert.Acknowledgement;
import org.fourstage.domain.alert.Alert;
import org.fourstage.domain.alert.AlertAction;
import org.fourstage.domain.alert.AlertDecision;
import org.fourstage.domain.tracking.AlertKind;
import org.fourstage.domain.alert.Alerts;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.TrackingAlert;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Alerts kept in the {@code alerts} table.
 */
@Repository
class JdbcAlerts implements Alerts {

	private static final String SELECT = "SELECT id, patient_id, kind, source_kind, source_id, source_day, created_at, "
			+ "acknowledged_at, acknowledged_by, action, reason FROM alerts ";

	// The dashboard's order: red flags, then nerve signs, then spikes.
	static final String KIND_ORDER = "array_position(ARRAY['FLARE_UP_RED_FLAG_SIGN', 'FLARE_UP_NEW_NERVE_SIGNS', 'PAIN_SPIKE'], kind)";

	private final JdbcClient jdbc;

	JdbcAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Alert> raise(ClinicId clinicId, PatientId patientId, TrackingAlert raised, Instant now) {
		return this.jdbc
			.sql("INSERT INTO alerts (clinic_id, patient_id, kind, source_kind, source_id, source_day, created_at) "
					+ "SELECT p.clinic_id, p.id, :kind, :sourceKind, :sourceId, :sourceDay, :now "
					+ "FROM patients p WHERE p.id = :patient AND p.clinic_id = :clinic "
					+ "ON CONFLICT (clinic_id, source_kind, source_id, kind) DO NOTHING RETURNING id")
			.param("kind", raised.kind().name())
			.param("sourceKind", raised.source().kind().name())
			.param("sourceId", raised.source().id())
			.param("sourceDay", raised.source().day())
			.param("now", Timestamp.from(now))
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(UUID.class)
			.optional()
			.flatMap((id) -> find(clinicId, id));
	}

	@Override
	public Optional<Alert> find(ClinicId clinicId, UUID alertId) {
		return this.jdbc.sql(SELECT + "WHERE id = :id AND clinic_id = :clinic")
			.param("id", alertId)
			.param("clinic", clinicId.value())
			.query(JdbcAlerts::map)
			.optional();
	}

	@Override
	public List<Alert> openFor(ClinicId clinicId, PatientId patientId) {
		return this.jdbc
			.sql(SELECT + "WHERE clinic_id = :clinic AND patient_id = :patient AND acknowledged_at IS NULL "
					+ "ORDER BY " + KIND_ORDER + ", created_at, id")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(JdbcAlerts::map)
			.list();
	}

	@Override
	public boolean acknowledge(ClinicId clinicId, UUID alertId, AlertDecision decision, AccountId by, Instant now) {
		return this.jdbc
			.sql("UPDATE alerts SET acknowledged_at = :now, acknowledged_by = :by, action = :action, reason = :reason "
					+ "WHERE id = :id AND clinic_id = :clinic AND acknowledged_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("by", by.value())
			.param("action", decision.action().name())
			.param("reason", decision.reason())
			.param("id", alertId)
			.param("clinic", clinicId.value())
			.update() == 1;
	}

	private static Alert map(ResultSet row, int n) throws SQLException {
		EntryRef source = new EntryRef(EntryKind.valueOf(row.getString("source_kind")),
				row.getObject("source_id", UUID.class), row.getObject("source_day", LocalDate.class));
		Timestamp acknowledgedAt = row.getTimestamp("acknowledged_at");
		Acknowledgement answer = (acknowledgedAt != null) ? new Acknowledgement(
				new AlertDecision(AlertAction.valueOf(row.getString("action")), row.getString("reason")),
				new AccountId(row.getObject("acknowledged_by", UUID.class)), acknowledgedAt.toInstant()) : null;
		return new Alert(row.getObject("id", UUID.class), new PatientId(row.getObject("patient_id", UUID.class)),
				AlertKind.valueOf(row.getString("kind")), source, row.getTimestamp("created_at").toInstant(), answer);
	}

}
