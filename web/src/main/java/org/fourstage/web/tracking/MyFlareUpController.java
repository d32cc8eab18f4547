package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.FlareUp;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.fourstage.seeds.advice.FlarePlans;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The patient's flare-ups: the form, the saved flare-up with the Stage 1 flare plan shown
 * at once (and, with any red-flag sign, the plain message to get help now), and its end.
 * The signed-in patient is always the patient.
 */
@Controller
class MyFlareUpController {

	private final FlareUpRecording recording;

	MyFlareUpController(FlareUpRecording recording) {
		this.recording = recording;
	}

	@GetMapping("/my/flare-ups/new")
	String newFlareUp(@AuthenticationPrincipal SignedInUser patient, Model model) {
		model.addAttribute("form", FlareUpForm.blank(this.recording.todayFor(patient)));
		return form(patient, model);
	}

	@PostMapping("/my/flare-ups")
	String record(@AuthenticationPrincipal SignedInUser patient, @Valid @ModelAttribute("form") FlareUpForm form,
			BindingResult result, Model model) {
		if (result.hasErrors() || form.getIdempotencyKey() == null) {
			BindingErrors.apply(this.recording.check(patient, form.values()), result);
			form.renewKeyIfMissing();
			return form(patient, model);
		}
		FlareUpRecording.Outcome outcome = this.recording.record(patient, MyCheckInController.patientOf(patient),
				form.getIdempotencyKey(), form.values());
		if (outcome instanceof FlareUpRecording.Refused refused) {
			BindingErrors.apply(refused.violations(), result);
			return form(patient, model);
		}
		return "redirect:/my/flare-ups/" + ((FlareUpRecording.Recorded) outcome).flareUp().id();
	}

	@GetMapping("/my/flare-ups/{flareUpId}")
	String show(@AuthenticationPrincipal SignedInUser patient, @PathVariable UUID flareUpId, Model model) {
		FlareUp flareUp = this.recording.read(patient, MyCheckInController.patientOf(patient), flareUpId);
		return show(patient, flareUp, null, model);
	}

	@PostMapping("/my/flare-ups/{flareUpId}/end")
	String end(@AuthenticationPrincipal SignedInUser patient, @PathVariable UUID flareUpId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endedOn,
			Model model, RedirectAttributes redirect) {
		PatientId patientId = MyCheckInController.patientOf(patient);
		FlareUpRecording.Outcome outcome = this.recording.end(patient, patientId, flareUpId, endedOn);
		if (outcome instanceof FlareUpRecording.Refused refused) {
			String code = refused.violations().errors().isEmpty() ? "validation.required"
					: refused.violations().errors().get(0).code();
			return show(patient, this.recording.read(patient, patientId, flareUpId), code, model);
		}
		redirect.addFlashAttribute("flashKey", "tracking.flareUp.ended");
		return "redirect:/my/flare-ups/" + flareUpId;
	}

	private String form(SignedInUser patient, Model model) {
		model.addAttribute("action", "/my/flare-ups");
		model.addAttribute("today", this.recording.todayFor(patient));
		model.addAttribute("triggers", FlareTrigger.values());
		model.addAttribute("legs", LegSymptoms.values());
		model.addAttribute("signs", RedFlagSign.values());
		model.addAttribute("patientEntry", true);
		return "tracking/flare-up-new";
	}

	private String show(SignedInUser patient, FlareUp flareUp, @Nullable String endError, Model model) {
		model.addAttribute("flareUp", flareUp);
		model.addAttribute("plan", FlarePlans.stageOne());
		model.addAttribute("today", this.recording.todayFor(patient));
		model.addAttribute("endError", endError);
		return "tracking/flare-up";
	}

}
