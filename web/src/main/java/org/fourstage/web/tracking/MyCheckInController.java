package org.fourstage.web.tracking;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.CheckIn;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's daily check-in: today's form (or today's check-in to change), and the
 * correction of a check-in made in the last 48 hours. The signed-in patient is always the
 * patient: an id in the address only chooses among their own check-ins.
 */
@Controller
class MyCheckInController {

	private final CheckInRecording recording;

	MyCheckInController(CheckInRecording recording) {
		this.recording = recording;
	}

	@GetMapping("/my/check-in")
	String today(@AuthenticationPrincipal SignedInUser patient, Model model) {
		Optional<CheckIn> today = this.recording.ofToday(patient, patientOf(patient));
		if (today.isPresent()) {
			return showCorrection(patient, today.get(), CheckInForm.of(today.get()), model);
		}
		model.addAttribute("form", CheckInForm.blank(this.recording.todayFor(patient)));
		return newForm(patient, model);
	}

	@PostMapping("/my/check-in")
	String record(@AuthenticationPrincipal SignedInUser patient, @Valid @ModelAttribute("form") CheckInForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors() || form.getIdempotencyKey() == null) {
			BindingErrors.apply(this.recording.check(patient, form.values()), result);
			form.renewKeyIfMissing();
			return newForm(patient, model);
		}
		CheckInRecording.Outcome outcome = this.recording.record(patient, patientOf(patient), form.getIdempotencyKey(),
				form.values());
		if (outcome instanceof CheckInRecording.Refused refused) {
			BindingErrors.apply(refused.violations(), result);
			return newForm(patient, model);
		}
		if (outcome instanceof CheckInRecording.DayTaken taken) {
			// Also what a phone sending a check-in kept offline gets when the day was
			// filled in meanwhile: a conflict, with the way to the day's check-in.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("dayTaken", taken.existing().id());
			return newForm(patient, model);
		}
		redirect.addFlashAttribute("flashKey", "tracking.checkIn.saved");
		return "redirect:/my/check-in";
	}

	@GetMapping("/my/check-ins/{checkInId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser patient, @PathVariable UUID checkInId, Model model) {
		CheckIn checkIn = this.recording.read(patient, patientOf(patient), checkInId);
		return showCorrection(patient, checkIn, CheckInForm.of(checkIn), model);
	}

	@PostMapping("/my/check-ins/{checkInId}")
	String correct(@AuthenticationPrincipal SignedInUser patient, @PathVariable UUID checkInId,
			@ModelAttribute("form") CheckInForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		PatientId patientId = patientOf(patient);
		if (result.hasErrors()) {
			CheckIn checkIn = this.recording.read(patient, patientId, checkInId);
			form.setDay(checkIn.entry().day());
			BindingErrors.apply(this.recording.check(patient, form.values()), result);
			return showCorrection(patient, checkIn, form, model);
		}
		CheckInRecording.Outcome outcome = this.recording.correct(patient, patientId, checkInId, form.values());
		if (outcome instanceof CheckInRecording.Refused refused) {
			BindingErrors.apply(refused.violations(), result);
			return showCorrection(patient, this.recording.read(patient, patientId, checkInId), form, model);
		}
		if (outcome instanceof CheckInRecording.Locked) {
			redirect.addFlashAttribute("errorKey", "tracking.checkIn.locked");
			return "redirect:/my/check-ins/" + checkInId + "/edit";
		}
		redirect.addFlashAttribute("flashKey", "tracking.checkIn.corrected");
		return "redirect:/my/check-ins/" + checkInId + "/edit";
	}

	private String newForm(SignedInUser patient, Model model) {
		model.addAttribute("action", "/my/check-in");
		model.addAttribute("today", this.recording.todayFor(patient));
		model.addAttribute("patientEntry", true);
		return "tracking/check-in";
	}

	private String showCorrection(SignedInUser patient, CheckIn checkIn, CheckInForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("checkIn", checkIn);
		model.addAttribute("editable", this.recording.mayCorrect(patient, checkIn));
		model.addAttribute("action", "/my/check-ins/" + checkIn.id());
		model.addAttribute("today", this.recording.todayFor(patient));
		model.addAttribute("patientEntry", true);
		return "tracking/check-in";
	}

	static PatientId patientOf(SignedInUser patient) {
		PatientId patientId = patient.patientId();
		if (patientId == null) {
			throw new AccessDeniedException("A patient account without a patient record");
		}
		return patientId;
	}

}
