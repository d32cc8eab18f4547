package org.fourstage.domain.assessment;

import org.fourstage.domain.program.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class StartingStageTest {

	@Test
	void classifiesSixOutOfTenNowAsIrritable() {
		StartingStage start = StartingStage.suggest(anAssessment().withPainNow(6).build());

		assertThat(start.stage()).isEqualTo(Stage.CALM_AND_UNLOAD);
		assertThat(start.reasons()).extracting(Reason::code).containsExactly("stage.pain-now");
	}

	@Test
	void doesNotCallFiveOutOfTenIrritableOnItsOwn() {
		assertThat(StartingStage.suggest(anAssessment().withPainNow(5).build()).stage())
			.isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
	}

	@Test
	void readsAHoldThatCrampsBeforeTenSecondsAsGuarding() {
		StartingStage start = StartingStage.suggest(anAssessment().withProneHold(9, true).build());

		assertThat(start.stage()).isEqualTo(Stage.CALM_AND_UNLOAD);
		assertThat(start.reasons()).extracting(Reason::code).containsExactly("stage.guarding-hold");
	}

	@Test
	void doesNotReadShakingAfterTenSecondsAsGuarding() {
		assertThat(StartingStage.suggest(anAssessment().withProneHold(10, true).build()).stage())
			.isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
	}

	@Test
	void readsFearOfMovementOfSevenAsGuardingButNotSix() {
		assertThat(StartingStage.suggest(anAssessment().withFearOfMovement(7).build()).stage())
			.isEqualTo(Stage.CALM_AND_UNLOAD);
		assertThat(StartingStage.suggest(anAssessment().withFearOfMovement(6).build()).stage())
			.isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
	}

	@Test
	void startsNerveInvolvementAtStageOne() {
		Assessment assessment = anAssessment().withQualities(PainQuality.ACHING, PainQuality.PINS_AND_NEEDLES).build();

		StartingStage start = StartingStage.suggest(assessment);

		assertThat(start.stage()).isEqualTo(Stage.CALM_AND_UNLOAD);
		assertThat(start.reasons()).extracting(Reason::code).containsExactly("stage.nerve");
	}

	@Test
	void startsAnAcuteEpisodeAtStageOneAndASubacuteOneLater() {
		assertThat(StartingStage.suggest(anAssessment().withOnsetDaysBefore(41).build()).reasons())
			.extracting(Reason::code)
			.containsExactly("stage.acute");
		assertThat(StartingStage.suggest(anAssessment().withOnsetDaysBefore(42).build()).stage())
			.isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
	}

	@Test
	void listsEveryIrritabilityReasonThatApplies() {
		Assessment assessment = anAssessment().withPainNow(8)
			.withOnsetDaysBefore(3)
			.withQualities(PainQuality.SHOOTING, PainQuality.NUMBNESS)
			.build();

		assertThat(StartingStage.suggest(assessment).reasons()).extracting(Reason::code)
			.containsExactly("stage.pain-now", "stage.nerve", "stage.acute");
	}

	@Test
	void startsACalmButStiffBackAtStageTwo() {
		StartingStage start = StartingStage.suggest(anAssessment().withSideBends(SideBend.STIFF, SideBend.FREE)
			.withForwardBend(ForwardBend.EASED_BY_KNEE_BEND)
			.build());

		assertThat(start.stage()).isEqualTo(Stage.RESTORE_MOBILITY);
		assertThat(start.reasons()).extracting(Reason::code)
			.containsExactly("stage.stiff-side-bend", "stage.stiff-forward-bend");
	}

	@Test
	void readsMorningStiffnessOverThirtyMinutesAsStiff() {
		assertThat(StartingStage.suggest(anAssessment().withMorningStiffnessMinutes(31).build()).stage())
			.isEqualTo(Stage.RESTORE_MOBILITY);
		assertThat(StartingStage.suggest(anAssessment().withMorningStiffnessMinutes(30).build()).stage())
			.isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
	}

	@Test
	void startsACalmFreelyMovingBackAtStageThreeAndNeverBeyond() {
		StartingStage start = StartingStage.suggest(anAssessment().withPain(0, 1, 0).build());

		assertThat(start.stage()).isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
		assertThat(start.reasons()).extracting(Reason::code).containsExactly("stage.calm-and-free");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StartingStage(Stage.INTEGRATE_INTO_DAILY_LIFE, java.util.List.of()));
	}

}
