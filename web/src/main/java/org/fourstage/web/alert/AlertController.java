package org.fourstage.web.alert;

import java.util.UUID;

import org.fourstage.domain.alert.Alert;
import org.fourstage.domain.alert.AlertAction;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where a physio answers an alert, and the answer.
 */
@Controller
class AlertController {

	private final AlertAnswering answering;

	private final PatientRepository patients;

	AlertController(AlertAnswering answering, PatientRepository patients) {
		this.answering = answering;
		this.patients = patients;
	}

	@GetMapping("/alerts/{alertId}")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID alertId,
			@RequestParam(required = false) @Nullable String back, Model model) {
		Alert alert = this.answering.read(physio, alertId);
		return page(physio, alert, AcknowledgeForm.empty(back), model);
	}

	@PostMapping("/alerts/{alertId}/acknowledge")
	String acknowledge(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID alertId,
			@ModelAttribute("form") AcknowledgeForm form, BindingResult typed, Model model,
			RedirectAttributes redirect) {
		if (typed.hasErrors()) {
			// A value the binder could not read (an unknown action, a control character
			// in the reason) is named next to its field, which shows what was sent.
			return page(physio, this.answering.read(physio, alertId), form, model);
		}
		AlertAnswering.Outcome outcome = this.answering.acknowledge(physio, alertId, form.action(), form.reason());
		if (outcome instanceof AlertAnswering.Refused refused) {
			BindingErrors.apply(refused.violations(), typed);
			return page(physio, this.answering.read(physio, alertId), form, model);
		}
		Alert alert;
		if (outcome instanceof AlertAnswering.Answered answered) {
			alert = answered.alert();
			redirect.addFlashAttribute("flashKey",
					answered.movedToStageOne() ? "alert.answered.movedToStageOne" : "alert.answered");
		}
		else {
			alert = ((AlertAnswering.AlreadyAnswered) outcome).alert();
			redirect.addFlashAttribute("errorKey", "alert.alreadyAnswered");
		}
		return form.backToPatient() ? "redirect:/patients/" + alert.patientId().value() : "redirect:/dashboard";
	}

	private String page(SignedInUser physio, Alert alert, AcknowledgeForm form, Model model) {
		Patient patient = this.patients.find(physio.clinicId(), alert.patientId()).orElseThrow(NotFoundException::new);
		model.addAttribute("alert", alert);
		model.addAttribute("patient", patient);
		// After a post the model holds the bound form with its errors; replacing it would
		// drop them.
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("actions", AlertAction.values());
		return "alert/show";
	}

}
