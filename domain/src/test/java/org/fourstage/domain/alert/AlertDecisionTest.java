package org.fourstage.domain.alert;

import org.fourstage.domain.validation.Validated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertDecisionTest {

	@Test
	void noActionNeedsAReasonAndTheOtherActionsDoNot() {
		assertThat(AlertDecision.validate(AlertAction.NO_ACTION, "  ").violations().hasErrorOn("reason")).isTrue();
		assertThat(AlertDecision.validate(AlertAction.NO_ACTION, "Known, seen yesterday").value().reason())
			.isEqualTo("Known, seen yesterday");
		assertThat(AlertDecision.validate(AlertAction.REFERRED, null).isValid()).isTrue();
		assertThat(AlertDecision.validate(AlertAction.CALLED_PATIENT, "").value().reason()).isEmpty();
	}

	@Test
	void aMissingActionMarkupControlCharactersAndOverlongReasonsAreRefusedOnTheirField() {
		Validated<AlertDecision> missing = AlertDecision.validate(null, "<b>x</b>");
		assertThat(missing.violations().hasErrorOn("action")).isTrue();
		assertThat(missing.violations().hasErrorOn("reason")).isTrue();
		assertThat(AlertDecision.validate(AlertAction.REFERRED, "a\u0000b").violations().hasErrorOn("reason")).isTrue();
		assertThat(AlertDecision.validate(AlertAction.REFERRED, "x".repeat(1001)).violations().hasErrorOn("reason"))
			.isTrue();
		assertThat(AlertDecision.validate(AlertAction.REFERRED, "x".repeat(1000)).isValid()).isTrue();
	}

}
