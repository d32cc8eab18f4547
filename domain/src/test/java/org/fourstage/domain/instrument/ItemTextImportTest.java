package org.fourstage.domain.instrument;

import org.fourstage.domain.validation.Validated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemTextImportTest {

	@Test
	void attachesWordingFromAnImportedFileSoPatientsCanAnswerInThePortal() {
		StringBuilder file = new StringBuilder("# licensed copy, clinic 42\n\n");
		StartBackScreen.ITEMS
			.forEach((item) -> file.append(item).append(" = Licensed wording of ").append(item).append('\n'));

		Validated<InstrumentDefinition> result = ItemTextImport.apply(StartBackScreen.DEFINITION, file.toString());

		assertThat(result.value().hasItemText()).isTrue();
		assertThat(result.value().itemText("worry")).contains("Licensed wording of worry");
	}

	@Test
	void pointsAtTheLineThatCannotBeRead() {
		Validated<InstrumentDefinition> result = ItemTextImport.apply(StartBackScreen.DEFINITION,
				"worry = fine\nno separator here\nworry = again\n");

		assertThat(result.violations().fields()).containsExactly("line[2]", "line[3]");
	}

	@Test
	void refusesWordingForAnItemTheInstrumentDoesNotHave() {
		Validated<InstrumentDefinition> result = ItemTextImport.apply(DisabilityIndex.DEFINITION, "juggling = x");

		assertThat(result.violations().fields()).containsExactly("itemText[juggling]");
	}

}
