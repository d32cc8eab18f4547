package org.fourstage.web.progress;

import org.fourstage.domain.patient.PatientId;
import java.util.Locale;

import org.fourstage.web.security.SignedInUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient's own progress: how the pain went, how many sessions were done each week,
 * the endurance hold, and a few figures in plain words. The signed-in patient is the only
 * key: the route takes no id.
 */
@Controller
class MyProgressController {

	private final ProgressReading reading;

	private final ProgressCharts charts;

	MyProgressController(ProgressReading reading, ProgressCharts charts) {
		this.reading = reading;
		this.charts = charts;
	}

	@GetMapping("/my/progress")
	String myProgress(@AuthenticationPrincipal SignedInUser patient, Locale locale, Model model) {
		PatientId me = patient.patientId();
		if (me == null) {
			// A patient account always belongs to a patient record; without one there is
			// nothing this person may see.
			throw new AccessDeniedException("A patient account without a patient record");
		}
		ProgressReading.Progress progress = this.reading.own(patient, me);
		model.addAttribute("figures", ProgressFigures.of(progress.facts()));
		model.addAttribute("hasProgram", progress.program() != null);
		model.addAttribute("charts", this.charts.draw(progress.facts(), patient.clinicId(), locale));
		return "progress/mine";
	}

}
