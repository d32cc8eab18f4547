package org.fourstage.seeds.advice;

import org.fourstage.domain.progression.FlarePlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlarePlansTest {

	@Test
	void coversUnloadingWalkingWhatToSkipAndWhenToGetHelp() {
		FlarePlan plan = FlarePlans.stageOne();
		assertThat(plan.unload()).anySatisfy((text) -> assertThat(text).contains("chair"));
		assertThat(plan.keepMoving()).anySatisfy((text) -> assertThat(text).contains("walks"));
		assertThat(plan.leaveOut()).anySatisfy((text) -> assertThat(text).contains("hold"));
		assertThat(plan.seekHelp()).anySatisfy((text) -> assertThat(text).contains("bladder"));
	}

}
