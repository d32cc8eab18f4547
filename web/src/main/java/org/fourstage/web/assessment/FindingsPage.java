package org.fourstage.web.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fourstage.domain.assessment.AssessmentDerivation;
import org.fourstage.domain.assessment.AssessmentRules;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.RedFlagOverride;
import org.fourstage.domain.assessment.RedFlagOverrides;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.StoredResponse;
import org.fourstage.web.instrument.Questionnaires;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The findings page of a completed assessment, shown on its own address and again when a
 * red-flag override is refused.
 */
@Component
class FindingsPage {

	private final RedFlagOverrides overrides;

	private final InstrumentResponseRepository responses;

	private final AssessmentLookup lookup;

	FindingsPage(RedFlagOverrides overrides, InstrumentResponseRepository responses, AssessmentLookup lookup) {
		this.overrides = overrides;
		this.responses = responses;
		this.lookup = lookup;
	}

	private static Optional<AssessmentDerivation> todays(StoredAssessment assessment) {
		return assessment.assessment().map(AssessmentDerivation::of);
	}

	/**
	 * Fills the model for the findings page.
	 * @param physio who looks
	 * @param assessment a completed assessment
	 * @param model the page's model
	 * @return the view
	 */
	String render(Actor physio, StoredAssessment assessment, Model model) {
		AssessmentDerivation derivation = assessment.concluded()
			.orElseThrow(() -> new IllegalStateException("A completed assessment no longer passes the rules"));
		// Today's rules beside a conclusion of older ones, labelled; never in its place.
		AssessmentDerivation todays = (assessment.derivation() != null && !derivation.byCurrentRules())
				? todays(assessment).orElse(null) : null;
		List<RedFlagOverride> recorded = this.overrides.of(physio.clinicId(), assessment.id());
		List<StoredResponse> questionnaires = this.responses.forAssessment(physio.clinicId(), assessment.id().value());
		model.addAttribute("assessment", assessment);
		model.addAttribute("patientName", this.lookup.patientName(physio, assessment.patientId().value()));
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

}
