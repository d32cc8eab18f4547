package org.fourstage.domain.assessment;

import org.fourstage.domain.program.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class StageSuggestionTest {

	private static final Assessment CALM = anAssessment().withPain(0, 1, 0).build();

	private static final Assessment CALM_WITH_RED_FLAG = anAssessment().withPain(0, 1, 0)
		.withRedFlags(RedFlag.SADDLE_NUMBNESS)
		.build();

	@Test
	void suggestsNoStageWhileARedFlagHasNoOverrideAndSaysWhy() {
		AssessmentFindings findings = AssessmentFindings.of(CALM_WITH_RED_FLAG);

		StageSuggestion suggestion = StageSuggestion.of(findings, false);

		assertThat(findings.startingStage().stage()).isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
		assertThat(suggestion.withheld()).isTrue();
		assertThat(suggestion.stage()).isNull();
		assertThat(suggestion.reasons()).containsExactly(StageSuggestion.WITHHELD_FOR_RED_FLAG);
	}

	@Test
	void suggestsTheRulesStageOnceTheRedFlagIsOverridden() {
		StageSuggestion suggestion = StageSuggestion.of(AssessmentFindings.of(CALM_WITH_RED_FLAG), true);

		assertThat(suggestion.stage()).isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
		assertThat(suggestion.reasons()).extracting(Reason::code).containsExactly("stage.calm-and-free");
	}

	@Test
	void suggestsTheRulesStageWhenThereIsNoRedFlag() {
		assertThat(StageSuggestion.of(AssessmentFindings.of(CALM), false).stage())
			.isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
	}

}
