package org.fourstage.web.progress;

import java.util.Locale;
import java.util.UUID;

import org.fourstage.domain.patient.PatientId;
import org.fourstage.web.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The physio's tracking page of a patient of the clinic: the figures, the charts, the
 * flare-up history and the timeline of every entry, newest first, a page at a time.
 */
@Controller
class PatientTrackingController {

	private final ProgressReading reading;

	private final ProgressCharts charts;

	PatientTrackingController(ProgressReading reading, ProgressCharts charts) {
		this.reading = reading;
		this.charts = charts;
	}

	@GetMapping("/patients/{patientId}/tracking")
	String tracking(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		ProgressReading.Tracking tracking = this.reading.forPhysio(physio, new PatientId(patientId), page);
		ProgressFacts facts = tracking.progress().facts();
		model.addAttribute("patient", tracking.progress().patient());
		model.addAttribute("hasProgram", tracking.progress().program() != null);
		model.addAttribute("figures", ProgressFigures.of(facts));
		model.addAttribute("charts", this.charts.draw(facts, physio.clinicId(), locale));
		model.addAttribute("flareUps", FlareUpHistory.of(facts.history().flareUps()));
		model.addAttribute("page", tracking.timeline());
		return "progress/tracking";
	}

}
