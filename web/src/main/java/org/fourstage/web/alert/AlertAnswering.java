package org.fourstage.web.alert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.alert.Alert;
import org.fourstage.domain.alert.AlertAction;
import org.fourstage.domain.alert.AlertDecision;
import org.fourstage.domain.alert.Alerts;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.program.ProgramEditing;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A physio reading and answering alerts. Answering "regress" moves the patient's program
 * back to Stage 1 through the stage-move use case, in the same transaction as the answer
 * and its audit entry, with the physio's reason or, without one, a reason naming the
 * alert.
 */
@Service
public class AlertAnswering {

	private final Alerts alerts;

	private final Programs programs;

	private final ProgramEditing editing;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	AlertAnswering(Alerts alerts, Programs programs, ProgramEditing editing, AuditTrail audit, Clock clock,
			MessageSource messages) {
		this.alerts = alerts;
		this.programs = programs;
		this.editing = editing;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/** How an answer ended. */
	public sealed interface Outcome permits Answered, Refused, AlreadyAnswered {

	}

	/**
	 * Kept.
	 *
	 * @param alert the alert, answered
	 * @param movedToStageOne whether the program was moved back to Stage 1 now
	 */
	public record Answered(Alert alert, boolean movedToStageOne) implements Outcome {
	}

	/**
	 * Nothing kept.
	 *
	 * @param violations what is wrong, on fields {@code action} and {@code reason}
	 */
	public record Refused(Violations violations) implements Outcome {
	}

	/**
	 * Nothing kept: another answer came first.
	 *
	 * @param alert the alert as answered
	 */
	public record AlreadyAnswered(Alert alert) implements Outcome {
	}

	/**
	 * One alert of the clinic, read and audited.
	 * @param actor the physio
	 * @param alertId the alert
	 * @return the alert
	 * @throws NotFoundException when the clinic has no such alert
	 */
	@Transactional
	public Alert read(Actor actor, UUID alertId) {
		Alert alert = this.alerts.find(actor.clinicId(), alertId).orElseThrow(NotFoundException::new);
		this.audit.patientData(actor, AuditAction.ALERT_VIEWED, AuditTarget.ALERT, alert.id(), alert.patientId());
		return alert;
	}

	/**
	 * A patient's open alerts, read and audited when there are any.
	 * @param actor the physio
	 * @param patient the patient, of the physio's clinic
	 * @return the alerts, most urgent first
	 */
	@Transactional
	public List<Alert> openFor(Actor actor, PatientId patient) {
		List<Alert> open = this.alerts.openFor(actor.clinicId(), patient);
		if (!open.isEmpty()) {
			this.audit.record(actor, AuditAction.ALERT_VIEWED, AuditTarget.ALERT, null, patient, AuditOutcome.SUCCESS,
					"open alerts: " + open.size());
		}
		return open;
	}

	/**
	 * Answers an open alert.
	 * @param actor the physio
	 * @param alertId the alert
	 * @param action what was done, as chosen
	 * @param reason why, as typed
	 * @return the outcome
	 * @throws NotFoundException when the clinic has no such alert
	 */
	@Transactional
	public Outcome acknowledge(Actor actor, UUID alertId, @Nullable AlertAction action, @Nullable String reason) {
		Alert alert = this.alerts.find(actor.clinicId(), alertId).orElseThrow(NotFoundException::new);
		Validated<AlertDecision> decision = AlertDecision.validate(action, reason);
		if (!decision.isValid()) {
			return new Refused(decision.violations());
		}
		Optional<AssignedProgram> program = this.programs.forPatient(actor.clinicId(), alert.patientId());
		boolean regress = decision.value().action() == AlertAction.REGRESSED_TO_STAGE_1;
		if (regress && program.isEmpty()) {
			return new Refused(Violations.of("action", "alert.regress.noProgram",
					"The patient has no program to move back to Stage 1."));
		}
		if (!this.alerts.acknowledge(actor.clinicId(), alert.id(), decision.value(), actor.accountId(),
				this.clock.instant())) {
			return new AlreadyAnswered(this.alerts.find(actor.clinicId(), alert.id()).orElseThrow());
		}
		this.audit.record(actor, AuditAction.ALERT_ACKNOWLEDGED, AuditTarget.ALERT, alert.id(), alert.patientId(),
				AuditOutcome.SUCCESS, decision.value().action().name());
		boolean moved = false;
		if (regress && program.get().currentStage() != Stage.CALM_AND_UNLOAD) {
			this.editing.moveStage(actor, alert.patientId(), program.get(), Stage.CALM_AND_UNLOAD,
					stageMoveReason(alert, decision.value()));
			moved = true;
		}
		return new Answered(this.alerts.find(actor.clinicId(), alert.id()).orElseThrow(), moved);
	}

	private String stageMoveReason(Alert alert, AlertDecision decision) {
		if (!decision.reason().isEmpty()) {
			return decision.reason();
		}
		String kind = this.messages.getMessage("alert.kind." + alert.kind().name(), null,
				LocaleContextHolder.getLocale());
		return this.messages.getMessage("alert.regress.stageMoveReason", new Object[] { kind, alert.source().day() },
				LocaleContextHolder.getLocale());
	}

}
