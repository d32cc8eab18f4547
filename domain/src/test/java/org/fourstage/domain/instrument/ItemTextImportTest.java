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

	@Test
	void refusesWordingWithMarkupOrControlCharacters() {
		Validated<InstrumentDefinition> result = ItemTextImport.apply(StartBackScreen.DEFINITION,
				"worry = <b>bold</b> worry\nfear = stray \u0001 character\ncatastrophising = fine, pain < 3");

		assertThat(result.violations().fields()).containsExactly("line[1]", "line[2]");
	}

	@Test
	void readsAFileFullOfBadLinesInLinearTime() {
		String bad = "this line has no separator\n".repeat(200_000);
		long started = System.nanoTime();

		Validated<InstrumentDefinition> result = ItemTextImport.apply(StartBackScreen.DEFINITION, bad);

		assertThat(result.violations().errors()).hasSize(200_000);
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(2));
	}

}
