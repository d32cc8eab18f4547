package org.fourstage.seeds.advice;

import java.time.Instant;
import java.util.List;

import org.fourstage.domain.tracking.Adherence;
import org.fourstage.domain.progression.FlarePlan;
import org.fourstage.domain.progression.AdviceKind;
import org.fourstage.domain.tracking.FlareUpReport;
import org.fourstage.domain.progression.ProgressionAdvice;
import org.fourstage.domain.progression.ProgressionAdvisor;
import org.fourstage.domain.progression.ProgressionEvidence;
import org.fourstage.domain.progression.RedFlagTimeline;
import org.fourstage.domain.progression.ProgressionThresholds;
import org.fourstage.domain.program.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlarePlanAdviceTest {

	@Test
	void handsTheSeededFlarePlanToAPatientSentBackToStageOne() {
		FlarePlan plan = FlarePlans.stageOne();
		ProgressionAdvisor advisor = new ProgressionAdvisor(ProgressionThresholds.DEFAULTS, plan);
		ProgressionEvidence evidence = new ProgressionEvidence(Stage.STRENGTHEN_AND_COORDINATE, 2.0, 5.0, 20,
				new Adherence(8, 10), null, null, null, 20, false, List.of(new FlareUpReport(7, true, false)),
				RedFlagTimeline.noneFound(Instant.parse("2026-11-02T09:00:00Z")), false);
		ProgressionAdvice advice = advisor.advise(evidence);
		assertThat(advice.kind()).isEqualTo(AdviceKind.REGRESS);
		assertThat(advice.flarePlan()).isEqualTo(plan);
	}

}
