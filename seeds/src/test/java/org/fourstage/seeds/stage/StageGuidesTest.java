package org.fourstage.seeds.stage;

import org.fourstage.domain.program.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageGuidesTest {

	@Test
	void hasAGuideForEveryStageInOrder() {
		assertThat(StageGuides.all()).extracting(StageGuide::stage).containsExactly(Stage.values());
	}

	@Test
	void namesTheFirstStageCalmAndUnload() {
		assertThat(StageGuides.all().get(0).name()).isEqualTo("Calm and unload");
		assertThat(StageGuides.all()).allSatisfy((guide) -> assertThat(guide.goal()).isNotBlank());
	}

}
