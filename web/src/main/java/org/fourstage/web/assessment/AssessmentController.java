package org.fourstage.web.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.assessment.ActivityLevel;
import org.fourstage.domain.assessment.AggravatingFactor;
import org.fourstage.domain.assessment.Assessment;
import org.fourstage.domain.assessment.AssessmentChangedException;
import org.fourstage.domain.assessment.AssessmentComparison;
import org.fourstage.domain.assessment.AssessmentDerivation;
import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentFindings;
import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.AssessmentRules;
import org.fourstage.domain.assessment.AssessmentValidator;
import org.fourstage.domain.assessment.BackwardLean;
import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.Mattress;
import org.fourstage.domain.assessment.OnsetMechanism;
import org.fourstage.domain.assessment.PainQuality;
import org.fourstage.domain.assessment.PillowSupport;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.RedFlagOverride;
import org.fourstage.domain.assessment.RedFlagOverrides;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.assessment.SleepPosition;
import org.fourstage.domain.assessment.StageSuggestion;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.QuestionnaireComparison;
import org.fourstage.domain.instrument.ScoreOutcome;
import org.fourstage.domain.instrument.StoredResponse;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.domain.validation.Validated;
import org.fourstage.reporting.assessment.AssessmentSummaryQuery;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.instrument.Questionnaires;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The physio's assessment pages. The patient and the assessment are looked up within the
 * physio's clinic; anything else answers 404. Every read and write is audited.
 */
@Controller
class AssessmentController {

	private static final AuditTarget TARGET = AuditTarget.ASSESSMENT;

	private final AssessmentRepository assessments;

	private final RedFlagOverrides overrides;

	private final InstrumentResponseRepository responses;

	private final AssessmentRecording recording;

	private final AssessmentSummaryQuery summaries;

	private final AuditTrail audit;

	AssessmentController(AssessmentRepository assessments, RedFlagOverrides overrides,
			InstrumentResponseRepository responses, AssessmentRecording recording, AssessmentSummaryQuery summaries,
			AuditTrail audit) {
		this.assessments = assessments;
		this.overrides = overrides;
		this.responses = responses;
		this.recording = recording;
		this.summaries = summaries;
		this.audit = audit;
	}

	@InitBinder
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId", "patientId");
	}

	@GetMapping("/patients/{patientId}/assessments")
	String list(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		String name = patientName(physio, patientId);
		PatientId patient = new PatientId(patientId);
		this.audit.patientData(physio, AuditAction.ASSESSMENT_LIST_VIEWED, TARGET, "list", patient);
		model.addAttribute("patientId", patientId);
		model.addAttribute("patientName", name);
		model.addAttribute("summary", this.summaries.summary(physio.clinicId(), patient));
		return "assessment/list";
	}

	@PostMapping("/patients/{patientId}/assessments")
	String start(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@RequestParam(defaultValue = "") String kind, RedirectAttributes redirect) {
		patientName(physio, patientId);
		AssessmentKind chosen = "REASSESSMENT".equals(kind) ? AssessmentKind.REASSESSMENT : AssessmentKind.INITIAL;
		Optional<StoredAssessment> started = this.recording.start(physio, new PatientId(patientId), chosen);
		if (started.isEmpty()) {
			redirect.addFlashAttribute("errorKey", "assessment.reassessment.nothingToStartFrom");
			return "redirect:/patients/" + patientId + "/assessments";
		}
		return "redirect:/patients/" + patientId + "/assessments/" + started.get().id();
	}

	@GetMapping("/patients/{patientId}/assessments/{assessmentId}")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID assessmentId, Model model) {
		StoredAssessment assessment = find(physio, patientId, assessmentId);
		this.audit.patientData(physio, AuditAction.ASSESSMENT_VIEWED, TARGET, assessment.id(), assessment.patientId());
		if (!assessment.isCompleted()) {
			return editPage(physio, assessment, AssessmentFormMapping.form(assessment.answers(), assessment.version()),
					model);
		}
		return findingsPage(physio, assessment, model);
	}

	@PostMapping("/patients/{patientId}/assessments/{assessmentId}")
	String save(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID assessmentId, @ModelAttribute("form") AssessmentForm form, BindingResult result,
			@RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
		StoredAssessment assessment = find(physio, patientId, assessmentId);
		if (assessment.isCompleted()) {
			redirect.addFlashAttribute("errorKey", "assessment.alreadyCompleted");
			return "redirect:/patients/" + patientId + "/assessments/" + assessmentId;
		}
		boolean completing = "complete".equals(action);
		AssessmentDraft draft = AssessmentFormMapping.read(form, result);
		Validated<Assessment> checked = AssessmentValidator.validate(draft);
		AssessmentFormMapping.reject(checked.violations(), result, !completing);
		int version = parseVersion(form.version());
		if (result.hasErrors()) {
			model.addAttribute("errorKey", completing ? "assessment.notCompleted" : "assessment.draftNotSaved");
			return editPage(physio, assessment, form, model);
		}
		try {
			if (completing) {
				this.recording.complete(physio, assessment, draft, AssessmentFindings.of(checked.value()), version);
				redirect.addFlashAttribute("flashKey", "assessment.completed");
			}
			else {
				this.recording.saveDraft(physio, assessment, draft, version);
				redirect.addFlashAttribute("flashKey", "assessment.draftSaved");
			}
		}
		catch (AssessmentChangedException ex) {
			model.addAttribute("errorKey", "assessment.changedElsewhere");
			return editPage(physio, assessment, form, model);
		}
		return "redirect:/patients/" + patientId + "/assessments/" + assessmentId;
	}

	@PostMapping("/patients/{patientId}/assessments/{assessmentId}/override")
	String override(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID assessmentId, @ModelAttribute OverrideForm form, BindingResult typed, Model model,
			RedirectAttributes redirect) {
		String reason = BindingErrors.typedText(form.reason(), typed, "reason");
		StoredAssessment assessment = find(physio, patientId, assessmentId);
		Optional<AssessmentDerivation> concluded = concluded(assessment);
		if (concluded.isEmpty() || !concluded.get().urgent()) {
			throw new NotFoundException();
		}
		String problem = overrideProblem(reason);
		if (problem != null) {
			this.audit.patientData(physio, AuditAction.ASSESSMENT_VIEWED, TARGET, assessment.id(),
					assessment.patientId());
			model.addAttribute("overrideProblem", problem);
			String kept = FreeText.withoutUnstorable(reason);
			model.addAttribute("overrideReason", (kept.length() > 2000) ? kept.substring(0, 2000) : kept);
			return findingsPage(physio, assessment, model);
		}
		this.recording.overrideRedFlags(physio, assessment, reason);
		redirect.addFlashAttribute("flashKey", "assessment.override.recorded");
		return "redirect:/patients/" + patientId + "/assessments/" + assessmentId;
	}

	@GetMapping("/patients/{patientId}/assessments/compare")
	String compare(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@RequestParam(required = false) @Nullable UUID earlier,
			@RequestParam(required = false) @Nullable UUID later, Model model) {
		String name = patientName(physio, patientId);
		PatientId patient = new PatientId(patientId);
		List<StoredAssessment> completed = this.assessments.forPatient(physio.clinicId(), patient)
			.stream()
			.filter(StoredAssessment::isCompleted)
			.toList();
		this.audit.patientData(physio, AuditAction.ASSESSMENT_COMPARED, TARGET, "comparison", patient);
		model.addAttribute("patientId", patientId);
		model.addAttribute("patientName", name);
		model.addAttribute("completed", completed);
		if (completed.size() < 2) {
			return "assessment/compare";
		}
		StoredAssessment first = (earlier != null) ? pick(completed, earlier) : completed.get(completed.size() - 1);
		StoredAssessment second = (later != null) ? pick(completed, later) : completed.get(0);
		Assessment a = first.assessment().orElseThrow(NotFoundException::new);
		Assessment b = second.assessment().orElseThrow(NotFoundException::new);
		StoredAssessment before = first;
		StoredAssessment after = second;
		if (b.assessedOn().isBefore(a.assessedOn())) {
			Assessment swap = a;
			a = b;
			b = swap;
			before = second;
			after = first;
		}
		AssessmentComparison comparison = AssessmentComparison.between(a, b);
		model.addAttribute("comparison", comparison);
		model.addAttribute("rulesVersion", AssessmentRules.VERSION);
		model.addAttribute("earlierStage", StageSuggestion.of(comparison.earlier(), overridden(physio, before)));
		model.addAttribute("laterStage", StageSuggestion.of(comparison.later(), overridden(physio, after)));
		model.addAttribute("questionnaireChanges", questionnaireChanges(physio, before, after));
		model.addAttribute("earlierId", first.id().value());
		model.addAttribute("laterId", second.id().value());
		return "assessment/compare";
	}

	private boolean overridden(SignedInUser physio, StoredAssessment assessment) {
		return !this.overrides.of(physio.clinicId(), assessment.id()).isEmpty();
	}

	// Each questionnaire as last entered with the earlier and with the later assessment.
	private List<QuestionnaireComparison> questionnaireChanges(SignedInUser physio, StoredAssessment earlier,
			StoredAssessment later) {
		List<StoredResponse> before = this.responses.forAssessment(physio.clinicId(), earlier.id().value());
		List<StoredResponse> after = this.responses.forAssessment(physio.clinicId(), later.id().value());
		return Questionnaires.ALL.stream()
			.map((definition) -> QuestionnaireComparison.of(definition, latestOutcome(before, definition),
					latestOutcome(after, definition)))
			.toList();
	}

	private static @Nullable ScoreOutcome latestOutcome(List<StoredResponse> latestFirst,
			InstrumentDefinition definition) {
		return latestFirst.stream()
			.filter((response) -> response.response().instrument().equals(definition.id()))
			.findFirst()
			.map(StoredResponse::score)
			.orElse(null);
	}

	private static StoredAssessment pick(List<StoredAssessment> completed, UUID id) {
		return completed.stream()
			.filter((one) -> one.id().value().equals(id))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private String editPage(SignedInUser physio, StoredAssessment assessment, AssessmentForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("assessment", assessment);
		model.addAttribute("patientName", patientName(physio, assessment.patientId().value()));
		model.addAttribute("kinds", AssessmentKind.values());
		model.addAttribute("mechanisms", OnsetMechanism.values());
		model.addAttribute("locations", AssessmentFormMapping.offeredLocations());
		model.addAttribute("qualities", PainQuality.values());
		model.addAttribute("factors", AggravatingFactor.values());
		model.addAttribute("sleepPositions", SleepPosition.values());
		model.addAttribute("pillows", PillowSupport.values());
		model.addAttribute("mattresses", Mattress.values());
		model.addAttribute("activityLevels", ActivityLevel.values());
		model.addAttribute("redFlags", RedFlag.values());
		model.addAttribute("forwardBends", ForwardBend.values());
		model.addAttribute("backwardLeans", BackwardLean.values());
		model.addAttribute("sideBends", SideBend.values());
		return "assessment/edit";
	}

	/**
	 * What was concluded for a completed assessment: the derivation kept at completion,
	 * or, for one completed before derivations were kept, the one today's rules make.
	 */
	private static Optional<AssessmentDerivation> concluded(StoredAssessment assessment) {
		AssessmentDerivation stored = assessment.derivation();
		return (stored != null) ? Optional.of(stored) : todays(assessment);
	}

	private static Optional<AssessmentDerivation> todays(StoredAssessment assessment) {
		return assessment.assessment().map(AssessmentDerivation::of);
	}

	private String findingsPage(SignedInUser physio, StoredAssessment assessment, Model model) {
		AssessmentDerivation derivation = concluded(assessment)
			.orElseThrow(() -> new IllegalStateException("A completed assessment no longer passes the rules"));
		// Today's rules beside a conclusion of older ones, labelled; never in its place.
		AssessmentDerivation todays = (assessment.derivation() != null && !derivation.byCurrentRules())
				? todays(assessment).orElse(null) : null;
		List<RedFlagOverride> recorded = this.overrides.of(physio.clinicId(), assessment.id());
		List<StoredResponse> questionnaires = this.responses.forAssessment(physio.clinicId(), assessment.id().value());
		model.addAttribute("assessment", assessment);
		model.addAttribute("patientName", patientName(physio, assessment.patientId().value()));
		model.addAttribute("derivation", derivation);
		model.addAttribute("derivedLive", assessment.derivation() == null);
		model.addAttribute("todays", todays);
		model.addAttribute("rulesVersion", AssessmentRules.VERSION);
		model.addAttribute("overrides", recorded);
		model.addAttribute("stageWithheld", derivation.stageWithheld(!recorded.isEmpty()));
		model.addAttribute("questionnaires", Questionnaires.ALL);
		model.addAttribute("latestResponses",
				Questionnaires.ALL.stream()
					.map((definition) -> questionnaires.stream()
						.filter((response) -> response.response().instrument().equals(definition.id()))
						.findFirst()
						.orElse(null))
					.toList());
		model.addAttribute("redFlagList", Arrays.asList(RedFlag.values()));
		return "assessment/findings";
	}

	private static @Nullable String overrideProblem(String reason) {
		String text = reason.strip();
		if (text.isEmpty()) {
			return "assessment.override.required";
		}
		if (!RedFlagOverride.isAcceptableReason(text)) {
			return "assessment.override.length";
		}
		if (!FreeText.isPlain(text)) {
			return "assessment.override.characters";
		}
		return null;
	}

	private static int parseVersion(@Nullable String version) {
		if (version == null || !version.matches("\\d{1,9}")) {
			return -1;
		}
		return Integer.parseInt(version);
	}

	StoredAssessment find(SignedInUser physio, UUID patientId, UUID assessmentId) {
		return this.assessments.find(physio.clinicId(), new PatientId(patientId), new AssessmentId(assessmentId))
			.orElseThrow(NotFoundException::new);
	}

	String patientName(SignedInUser physio, UUID patientId) {
		return this.summaries.patientName(physio.clinicId(), new PatientId(patientId))
			.orElseThrow(NotFoundException::new);
	}

}
