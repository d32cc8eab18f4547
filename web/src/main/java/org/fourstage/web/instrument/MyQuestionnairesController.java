package org.fourstage.web.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.ItemTextRepository;
import org.fourstage.domain.instrument.StoredResponse;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;

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
 * The patient answers questionnaires in the portal, but only those whose item wording the
 * clinic has; for the others the page says the physio will go through them together.
 */
@Controller
class MyQuestionnairesController {

	private final ItemTextRepository texts;

	private final InstrumentResponseRepository responses;

	private final QuestionnaireAnswering answering;

	private final AuditTrail audit;

	MyQuestionnairesController(ItemTextRepository texts, InstrumentResponseRepository responses,
			QuestionnaireAnswering answering, AuditTrail audit) {
		this.texts = texts;
		this.responses = responses;
		this.answering = answering;
		this.audit = audit;
	}

	@GetMapping("/my/questionnaires")
	String list(@AuthenticationPrincipal SignedInUser patient, Model model) {
		PatientId me = me(patient);
		Map<InstrumentDefinition, StoredResponse> latest = new LinkedHashMap<>();
		Map<String, Boolean> available = new LinkedHashMap<>();
		for (InstrumentDefinition shipped : Questionnaires.ALL) {
			InstrumentDefinition definition = this.texts.withClinicText(patient.clinicId(), shipped);
			available.put(definition.id().value(), definition.hasItemText());
			this.responses.forPatient(patient.clinicId(), me, definition.id())
				.stream()
				.findFirst()
				.ifPresent((response) -> latest.put(shipped, response));
		}
		this.audit.patientData(patient, AuditAction.INSTRUMENT_RESPONSE_VIEWED, AuditTarget.QUESTIONNAIRE, "list", me);
		model.addAttribute("instruments", Questionnaires.ALL);
		model.addAttribute("available", available);
		model.addAttribute("latest", latest);
		return "instrument/my-list";
	}

	@GetMapping("/my/questionnaires/{instrumentId}")
	String show(@AuthenticationPrincipal SignedInUser patient, @PathVariable String instrumentId, Model model) {
		InstrumentDefinition definition = definition(patient, instrumentId);
		this.audit.patientData(patient, AuditAction.INSTRUMENT_RESPONSE_VIEWED, AuditTarget.QUESTIONNAIRE,
				definition.id(), me(patient));
		return page(definition, AnswerSheet.empty(definition), model);
	}

	@PostMapping("/my/questionnaires/{instrumentId}")
	String answer(@AuthenticationPrincipal SignedInUser patient, @PathVariable String instrumentId,
			@RequestParam MultiValueMap<String, String> posted, Model model, RedirectAttributes redirect) {
		InstrumentDefinition definition = definition(patient, instrumentId);
		if (!definition.hasItemText()) {
			return page(definition, AnswerSheet.empty(definition), model);
		}
		AnswerSheet sheet = AnswerSheet.read(definition, posted);
		if (!sheet.isValid()) {
			model.addAttribute("errorKey", "instrument.notSaved");
			return page(definition, sheet, model);
		}
		this.answering.answer(patient, me(patient), definition, sheet.response());
		redirect.addFlashAttribute("flashKey", "instrument.thanks");
		return "redirect:/my/questionnaires";
	}

	private String page(InstrumentDefinition definition, AnswerSheet sheet, Model model) {
		model.addAttribute("definition", definition);
		model.addAttribute("sheet", sheet);
		return "instrument/my-form";
	}

	private InstrumentDefinition definition(SignedInUser patient, String instrumentId) {
		InstrumentDefinition shipped = Questionnaires.find(instrumentId).orElseThrow(NotFoundException::new);
		return this.texts.withClinicText(patient.clinicId(), shipped);
	}

	private static PatientId me(SignedInUser patient) {
		PatientId id = patient.patientId();
		if (id == null) {
			throw new NotFoundException();
		}
		return id;
	}

}
