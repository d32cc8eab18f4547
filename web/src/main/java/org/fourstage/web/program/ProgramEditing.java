package org.fourstage.web.program;

import java.time.Clock;
import java.time.LocalDate;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an assigned program, each a use case whose write and audit entry share one
 * transaction: saving a new version (a stage adapted, the personal notes) and moving the
 * patient to another stage.
 */
@Service
public class ProgramEditing {

	private final Programs programs;

	private final AuditTrail audit;

	private final Clock clock;

	ProgramEditing(Programs programs, AuditTrail audit, Clock clock) {
		this.programs = programs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Saves the changed program as the version after {@code fromVersion}.
	 * @param actor who saves
	 * @param patient whose program it is
	 * @param current the program as assigned
	 * @param fromVersion the version the change was made on
	 * @param changed the whole program after the change
	 * @return false when someone else saved a version after {@code fromVersion} first;
	 * nothing is written then
	 */
	@Transactional
	boolean save(Actor actor, PatientId patient, AssignedProgram current, int fromVersion, Program changed) {
		if (!this.programs.save(actor.clinicId(), current.id(), fromVersion, changed, actor.accountId(),
				this.clock.instant())) {
			return false;
		}
		this.audit.patientData(actor, AuditAction.PROGRAM_CHANGED, AuditTarget.PROGRAM, current.id(), patient);
		return true;
	}

	/**
	 * Moves the patient to another stage, with the physio's reason.
	 * @param actor who decides
	 * @param patient whose program it is
	 * @param assigned the program as assigned
	 * @param to the stage to move to, not the current one
	 * @param reason why, in the physio's words
	 */
	@Transactional
	public void moveStage(Actor actor, PatientId patient, AssignedProgram assigned, Stage to, String reason) {
		this.programs.moveStage(actor.clinicId(), assigned.id(), to, reason, actor.accountId(), this.clock.instant(),
				LocalDate.now(this.clock));
		this.audit.record(actor, AuditAction.STAGE_MOVED, AuditTarget.PROGRAM, assigned.id(), patient,
				AuditOutcome.SUCCESS, "stage " + assigned.currentStage().number() + " -> " + to.number());
	}

}
