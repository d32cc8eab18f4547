package org.fourstage.web.program;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.assessment.RedFlagStatus;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.TemplateId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.tracking.MeasurementSchedules;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.program.StageMove;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.web.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning a patient's first program, as one use case: the red-flag gate, the rules of
 * the choice, the write and its audit entry in one transaction. A program is never
 * assigned while the latest assessment has a red flag no physio has overridden, and never
 * starts beyond Stage 3. The program takes a copy of the clinic's measurement schedule.
 */
@Service
class ProgramAssignment {

	static final int MAX_START_STAGE = 3;

	private final Programs programs;

	private final ProgramCatalog catalog;

	private final RedFlagStatus redFlags;

	private final AuditTrail audit;

	private final Clock clock;

	private final MeasurementSchedules schedules;

	ProgramAssignment(Programs programs, ProgramCatalog catalog, RedFlagStatus redFlags, AuditTrail audit, Clock clock,
			MeasurementSchedules schedules) {
		this.programs = programs;
		this.catalog = catalog;
		this.redFlags = redFlags;
		this.audit = audit;
		this.clock = clock;
		this.schedules = schedules;
	}

	/** What the physio chose: a template, the stage to begin in, and why. */
	record Choice(@Nullable UUID templateId, int startStage, String reason) {
	}

	/** How an assignment ended. */
	sealed interface Outcome permits Assigned, AlreadyAssigned, RedFlagUnresolved, Refused {

	}

	record Assigned(AssignedProgram program) implements Outcome {
	}

	record AlreadyAssigned() implements Outcome {
	}

	record RedFlagUnresolved() implements Outcome {
	}

	/** Field name to message key, for each part of the choice that breaks a rule. */
	record Refused(Map<String, String> fieldErrors) implements Outcome {
	}

	@Transactional
	Outcome assign(Actor physio, PatientId patient, Choice choice) {
		if (this.programs.forPatient(physio.clinicId(), patient).isPresent()) {
			return new AlreadyAssigned();
		}
		if (!this.redFlags.of(physio.clinicId(), patient).allowsProgram()) {
			this.audit.record(physio, AuditAction.PROGRAM_ASSIGNED, AuditTarget.PROGRAM, "refused", patient,
					AuditOutcome.DENIED, "unresolved red flag");
			return new RedFlagUnresolved();
		}
		Optional<LibraryTemplate> template = (choice.templateId() != null)
				? this.catalog.template(physio.clinicId(), new TemplateId(choice.templateId())) : Optional.empty();
		String reason = choice.reason().strip();
		Map<String, String> errors = new LinkedHashMap<>();
		if (template.isEmpty()) {
			errors.put("templateId", "program.assign.templateRequired");
		}
		if (choice.startStage() < 1 || choice.startStage() > MAX_START_STAGE) {
			errors.put("startStage", "program.assign.startStageRange");
		}
		if (reason.isEmpty()) {
			errors.put("reason", "validation.required");
		}
		else if (!FreeText.isAcceptable(reason, StageMove.MAX_REASON_LENGTH)) {
			errors.put("reason", "program.assign.reasonInvalid");
		}
		if (!errors.isEmpty()) {
			return new Refused(errors);
		}
		AssignedProgram assigned = this.programs.assign(physio.clinicId(), patient,
				template.get().template().toProgram(this.catalog.byCode(physio.clinicId())),
				Stage.ofNumber(choice.startStage()), reason, physio.accountId(), this.clock.instant());
		// the program measures by the clinic's schedule of today, whatever it becomes
		// later
		this.schedules.copyDefaultTo(physio.clinicId(), assigned.id());
		this.audit.record(physio, AuditAction.PROGRAM_ASSIGNED, AuditTarget.PROGRAM, assigned.id(), patient,
				AuditOutcome.SUCCESS, "template " + template.get().template().code());
		return new Assigned(assigned);
	}

}
