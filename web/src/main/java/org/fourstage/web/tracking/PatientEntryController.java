package org.fourstage.web.tracking;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;

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
 * A physio entering a check-in or a flare-up on a patient's behalf, for instance what the
 * patient told them at a visit. The entry is recorded as the physio's; there is no
 * 48-hour limit on its date, but it is never in the future.
 */
@Controller
class PatientEntryController {

	private final EntryPatients patients;

	private final CheckInRecording checkIns;

	private final FlareUpRecording flareUps;

	PatientEntryController(EntryPatients patients, CheckInRecording checkIns, FlareUpRecording flareUps) {
		this.patients = patients;
		this.checkIns = checkIns;
		this.flareUps = flareUps;
	}

	@GetMapping("/patients/{patientId}/check-ins/new")
	String newCheckIn(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		model.addAttribute("form", CheckInForm.blank(this.checkIns.todayFor(physio)));
		return checkInForm(physio, new PatientId(patientId), model);
	}

	@PostMapping("/patients/{patientId}/check-ins")
	String recordCheckIn(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@Valid @ModelAttribute("form") CheckInForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PatientId patient = new PatientId(patientId);
		if (result.hasErrors() || form.getIdempotencyKey() == null) {
			BindingErrors.apply(this.checkIns.check(physio, form.values()), result);
			form.renewKeyIfMissing();
			return checkInForm(physio, patient, model);
		}
		CheckInRecording.Outcome outcome = this.checkIns.record(physio, patient, form.getIdempotencyKey(),
				form.values());
		if (outcome instanceof CheckInRecording.Refused refused) {
			BindingErrors.apply(refused.violations(), result);
			return checkInForm(physio, patient, model);
		}
		if (outcome instanceof CheckInRecording.DayTaken taken) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("dayTaken", taken.existing().id());
			return checkInForm(physio, patient, model);
		}
		redirect.addFlashAttribute("flashKey", "tracking.checkIn.recordedForPatient");
		return "redirect:/patients/" + patientId;
	}

	@GetMapping("/patients/{patientId}/flare-ups/new")
	String newFlareUp(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		model.addAttribute("form", FlareUpForm.blank(this.flareUps.todayFor(physio)));
		return flareUpForm(physio, new PatientId(patientId), model);
	}

	@PostMapping("/patients/{patientId}/flare-ups")
	String recordFlareUp(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@Valid @ModelAttribute("form") FlareUpForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PatientId patient = new PatientId(patientId);
		if (result.hasErrors() || form.getIdempotencyKey() == null) {
			BindingErrors.apply(this.flareUps.check(physio, form.values()), result);
			form.renewKeyIfMissing();
			return flareUpForm(physio, patient, model);
		}
		FlareUpRecording.Outcome outcome = this.flareUps.record(physio, patient, form.getIdempotencyKey(),
				form.values());
		if (outcome instanceof FlareUpRecording.Refused refused) {
			BindingErrors.apply(refused.violations(), result);
			return flareUpForm(physio, patient, model);
		}
		boolean urgent = ((FlareUpRecording.Recorded) outcome).flareUp().entry().hasRedFlagSign();
		redirect.addFlashAttribute(urgent ? "errorKey" : "flashKey",
				urgent ? "tracking.flareUp.recordedWithSigns" : "tracking.flareUp.recordedForPatient");
		return "redirect:/patients/" + patientId;
	}

	private String checkInForm(SignedInUser physio, PatientId patientId, Model model) {
		model.addAttribute("patient", this.patients.find(physio, patientId));
		model.addAttribute("action", "/patients/" + patientId.value() + "/check-ins");
		model.addAttribute("today", this.checkIns.todayFor(physio));
		model.addAttribute("patientEntry", false);
		return "tracking/check-in";
	}

	private String flareUpForm(SignedInUser physio, PatientId patientId, Model model) {
		model.addAttribute("patient", this.patients.find(physio, patientId));
		model.addAttribute("action", "/patients/" + patientId.value() + "/flare-ups");
		model.addAttribute("today", this.flareUps.todayFor(physio));
		model.addAttribute("triggers", FlareTrigger.values());
		model.addAttribute("legs", LegSymptoms.values());
		model.addAttribute("signs", RedFlagSign.values());
		model.addAttribute("patientEntry", false);
		return "tracking/flare-up-new";
	}

}
