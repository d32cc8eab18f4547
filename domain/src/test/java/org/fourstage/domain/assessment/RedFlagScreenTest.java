package org.fourstage.domain.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class RedFlagScreenTest {

	@Test
	void clearsAPatientWithNoRedFlag() {
		RedFlagScreen screen = RedFlagScreen.of(anAssessment().build());

		assertThat(screen.status()).isEqualTo(ScreenStatus.CLEAR);
		assertThat(screen.reasons()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(RedFlag.class)
	void sendsForUrgentMedicalAssessmentOnAnySingleRedFlag(RedFlag flag) {
		RedFlagScreen screen = RedFlagScreen.of(anAssessment().withRedFlags(flag).build());

		assertThat(screen.isUrgent()).isTrue();
		assertThat(screen.flags()).containsExactly(flag);
		assertThat(screen.reasons()).singleElement()
			.satisfies((reason) -> assertThat(reason.code()).isEqualTo(flag.messageKey()));
	}

	@Test
	void listsEveryFlagInTheScreenOrder() {
		RedFlagScreen screen = RedFlagScreen
			.of(anAssessment().withRedFlags(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER_OR_UNWELL).build());

		assertThat(screen.flags()).containsExactly(RedFlag.FEVER_OR_UNWELL, RedFlag.SADDLE_NUMBNESS);
		assertThat(screen.reasons()).extracting(Reason::code)
			.containsExactly("redflag.fever-or-unwell", "redflag.saddle-numbness");
	}

	@Test
	void screensAllNineFlagsOfTheDesign() {
		assertThat(RedFlag.values()).hasSize(9);
	}

}
