package org.fourstage.web.assessment;

import org.fourstage.domain.assessment.ActivityLevel;
import org.fourstage.domain.assessment.AggravatingFactor;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.BackwardLean;
import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.Mattress;
import org.fourstage.domain.assessment.OnsetMechanism;
import org.fourstage.domain.assessment.PainQuality;
import org.fourstage.domain.assessment.PillowSupport;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.assessment.SleepPosition;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.Actor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The form of a draft assessment with every choice it offers, shown on the draft's
 * address and again with the physio's input when a save is refused.
 */
@Component
class AssessmentFormPage {

	private final AssessmentLookup lookup;

	AssessmentFormPage(AssessmentLookup lookup) {
		this.lookup = lookup;
	}

	/**
	 * Fills the model for the form page.
	 * @param physio who edits
	 * @param assessment the draft
	 * @param form the form's values
	 * @param model the page's model
	 * @return the view
	 */
	String render(Actor physio, StoredAssessment assessment, AssessmentForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("assessment", assessment);
		model.addAttribute("patientName", this.lookup.patientName(physio, assessment.patientId().value()));
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

}
