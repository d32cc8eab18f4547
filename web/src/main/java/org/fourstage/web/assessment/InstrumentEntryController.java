package org.fourstage.web.assessment;

import java.util.List;
import java.util.UUID;

import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.NotScored;
import org.fourstage.domain.instrument.ScoreOutcome;
import org.fourstage.domain.instrument.StoredResponse;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.instrument.AnswerSheet;
import org.fourstage.web.instrument.Questionnaires;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;

import org.fourstage.web.support.Wording;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The physio types in the item scores of a paper questionnaire, attached to an
 * assessment. The server scores them; the item wording is not needed for this.
 */
@Controller
class InstrumentEntryController {

	private static final String TOO_FEW_ANSWERED = "instrument.too-few-answered";

	private final AssessmentLookup lookup;

	private final AssessmentRecording recording;

	private final InstrumentResponseRepository responses;

	private final AuditTrail audit;

	private final Wording wording;

	InstrumentEntryController(AssessmentLookup lookup, AssessmentRecording recording,
			InstrumentResponseRepository responses, AuditTrail audit, Wording wording) {
		this.wording = wording;
		this.lookup = lookup;
		this.recording = recording;
		this.responses = responses;
		this.audit = audit;
	}

	@GetMapping("/patients/{patientId}/assessments/{assessmentId}/instruments/{instrumentId}")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID assessmentId, @PathVariable String instrumentId, Model model) {
		StoredAssessment assessment = this.lookup.find(physio, patientId, assessmentId);
		InstrumentDefinition definition = Questionnaires.find(instrumentId).orElseThrow(NotFoundException::new);
		this.audit.patientData(physio, AuditAction.INSTRUMENT_RESPONSE_VIEWED, AuditTarget.ASSESSMENT, assessment.id(),
				assessment.patientId());
		return page(physio, assessment, AnswerSheet.empty(definition), model);
	}

	@PostMapping("/patients/{patientId}/assessments/{assessmentId}/instruments/{instrumentId}")
	String record(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID assessmentId, @PathVariable String instrumentId,
			@RequestParam MultiValueMap<String, String> posted, Model model, RedirectAttributes redirect) {
		StoredAssessment assessment = this.lookup.find(physio, patientId, assessmentId);
		InstrumentDefinition definition = Questionnaires.find(instrumentId).orElseThrow(NotFoundException::new);
		AnswerSheet sheet = AnswerSheet.read(definition, posted);
		if (!sheet.isValid()) {
			this.audit.patientData(physio, AuditAction.INSTRUMENT_RESPONSE_VIEWED, AuditTarget.ASSESSMENT,
					assessment.id(), assessment.patientId());
			model.addAttribute("errorKey", "instrument.notSaved");
			return page(physio, assessment, sheet, model);
		}
		ScoreOutcome outcome = this.recording.recordFromPaper(physio, assessment, sheet.response());
		if (outcome instanceof NotScored notScored) {
			savedWithoutScore(definition, notScored, redirect);
		}
		else {
			redirect.addFlashAttribute("flashKey", "instrument.saved");
		}
		return "redirect:/patients/" + patientId + "/assessments/" + assessmentId + "/instruments/" + instrumentId;
	}

	// Saved, but the physio must not read it as scored: say why there is no score and,
	// when too few items were answered, how many a score needs.
	private void savedWithoutScore(InstrumentDefinition definition, NotScored notScored, RedirectAttributes redirect) {
		if (TOO_FEW_ANSWERED.equals(notScored.code()) && notScored.arguments().size() == 2) {
			redirect.addFlashAttribute("warningKey", "instrument.savedTooFew");
			redirect.addFlashAttribute("warningArgs", new Object[] { notScored.arguments().get(0),
					definition.items().size(), notScored.arguments().get(1) });
		}
		else {
			redirect.addFlashAttribute("warningKey", "instrument.savedNotScored");
			redirect.addFlashAttribute("warningArgs",
					new Object[] { this.wording.of(notScored.code(), notScored.arguments()) });
		}
	}

	private String page(SignedInUser physio, StoredAssessment assessment, AnswerSheet sheet, Model model) {
		List<StoredResponse> earlier = this.responses.forAssessment(physio.clinicId(), assessment.id().value())
			.stream()
			.filter((response) -> response.response().instrument().equals(sheet.definition().id()))
			.toList();
		model.addAttribute("assessment", assessment);
		model.addAttribute("patientName", this.lookup.patientName(physio, assessment.patientId().value()));
		model.addAttribute("sheet", sheet);
		model.addAttribute("definition", sheet.definition());
		model.addAttribute("latest", earlier.isEmpty() ? null : earlier.get(0));
		model.addAttribute("action", "/patients/" + assessment.patientId() + "/assessments/" + assessment.id()
				+ "/instruments/" + sheet.definition().id());
		return "instrument/paper-entry";
	}

}
