package org.fourstage.web.patient;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Programs;
import org.fourstage.seeds.advice.FlarePlans;
import org.fourstage.seeds.stage.StageGuide;
import org.fourstage.seeds.stage.StageGuides;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.instrument.DueQuestionnaires;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.tracking.SessionLogForm;
import org.fourstage.web.tracking.SessionLogRow;
import org.fourstage.web.support.DosageWording;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The patient's own program: today's exercises of their current stage, the flare-up plan
 * and the printable sheet. The signed-in patient is the only key: no route takes an id,
 * so nobody can ask for another patient's program. Patients read their program here; only
 * their physio changes it.
 */
@Controller
class MyProgramController {

	private static final List<StageGuide> STAGE_GUIDES = StageGuides.all();

	private final Programs programs;

	private final ProgramSheet sheet;

	private final AuditTrail audit;

	private final ReminderCalendar reminders;

	private final Clock clock;

	private final DueQuestionnaires dueQuestionnaires;

	private final DosageWording dosages;

	MyProgramController(Programs programs, ProgramSheet sheet, ReminderCalendar reminders, AuditTrail audit,
			Clock clock, DueQuestionnaires dueQuestionnaires, DosageWording dosages) {
		this.programs = programs;
		this.sheet = sheet;
		this.reminders = reminders;
		this.audit = audit;
		this.clock = clock;
		this.dueQuestionnaires = dueQuestionnaires;
		this.dosages = dosages;
	}

	@GetMapping("/my/program")
	String myProgram(@AuthenticationPrincipal SignedInUser patient, Model model) {
		Optional<AssignedProgram> program = assignedTo(patient, AuditTarget.PROGRAM);
		model.addAttribute("name", patient.name());
		program.ifPresent((assigned) -> {
			model.addAttribute("program", MyProgramView.of(assigned, STAGE_GUIDES, this.dosages));
			List<PrescribedExercise> exercises = assigned.today().exercises();
			model.addAttribute("sessionForm", SessionLogForm.prefilled(exercises, LocalDate.now(this.clock)));
			model.addAttribute("sessionRows", SessionLogRow.of(exercises, this.dosages));
		});
		if (program.isPresent()) {
			model.addAttribute("dueQuestionnaires", this.dueQuestionnaires.forPatient(patient, patient.patientId()));
		}
		return "patient/my-program";
	}

	@GetMapping("/my/program/flare-plan")
	String flarePlan(Model model) {
		// The same plan for everybody, from the seeds: no patient data is read.
		model.addAttribute("plan", FlarePlans.stageOne());
		return "patient/flare-plan";
	}

	@GetMapping("/my/program/sheet.pdf")
	ResponseEntity<byte[]> sheet(@AuthenticationPrincipal SignedInUser patient, Locale locale) {
		Optional<MyProgramView> program = programOf(patient, AuditTarget.PROGRAM_SHEET);
		if (program.isEmpty()) {
			// Only reachable by typing the address: the page offers no sheet without a
			// program.
			return backToMyProgram();
		}
		LocalDate today = LocalDate.now(this.clock);
		byte[] pdf = this.sheet.render(program.get(), patient.name(), today, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("fourstage-program-stage-" + program.get().current().number() + "-" + today + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	@GetMapping("/my/reminders.ics")
	ResponseEntity<byte[]> reminders(@AuthenticationPrincipal SignedInUser patient, Locale locale) {
		Optional<byte[]> calendar = assignedTo(patient, AuditTarget.REMINDER_CALENDAR)
			.flatMap((program) -> this.reminders.of(program, locale));
		if (calendar.isEmpty()) {
			// No program, or a stage without exercises: the page offers no calendar then.
			return backToMyProgram();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("fourstage-reminders.ics").build().toString())
			.body(calendar.get());
	}

	private static ResponseEntity<byte[]> backToMyProgram() {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/my/program").build().toUri())
			.build();
	}

	private Optional<MyProgramView> programOf(SignedInUser patient, AuditTarget what) {
		return assignedTo(patient, what).map((program) -> MyProgramView.of(program, STAGE_GUIDES, this.dosages));
	}

	private Optional<AssignedProgram> assignedTo(SignedInUser patient, AuditTarget what) {
		PatientId patientId = patient.patientId();
		if (patientId == null) {
			// A patient account always belongs to a patient record; without one there is
			// nothing this person may see.
			throw new AccessDeniedException("A patient account without a patient record");
		}
		Optional<AssignedProgram> assigned = this.programs.forPatient(patient.clinicId(), patientId);
		if (assigned.isPresent()) {
			this.audit.patientData(patient, AuditAction.PATIENT_VIEWED, what, assigned.get().id(), patientId);
		}
		else {
			this.audit.record(patient, AuditAction.PATIENT_VIEWED, what, null, patientId, AuditOutcome.SUCCESS,
					"no program assigned");
		}
		return assigned;
	}

}
