package org.fourstage.seeds.format;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeedBlocksTest {

	private static List<SeedBlock> parse(String text) {
		return SeedBlocks.parse("test.seed", new StringReader(text));
	}

	@Test
	void readsBlocksWithRepeatedKeysInOrderAndJoinsContinuationLines() {
		List<SeedBlock> blocks = parse("""
				# comment
				[one]
				step: First
				step: Second part
				  continues here.

				[two]
				name: Two
				""");
		assertThat(blocks).extracting(SeedBlock::name).containsExactly("one", "two");
		assertThat(blocks.get(0).all("step")).containsExactly("First", "Second part continues here.");
		assertThat(blocks.get(1).one("name")).isEqualTo("Two");
		assertThat(blocks.get(1).line()).isEqualTo(7);
	}

	@Test
	void refusesARepeatedBlockName() {
		assertThatExceptionOfType(SeedFormatException.class).isThrownBy(() -> parse("[a]\nx: 1\n[a]\nx: 2\n"))
			.withMessageContaining("line 3");
	}

	@Test
	void refusesALineThatIsNeitherHeaderNorKeyValue() {
		assertThatExceptionOfType(SeedFormatException.class).isThrownBy(() -> parse("[a]\njust words\n"))
			.withMessageContaining("test.seed line 2");
	}

	@Test
	void saysWhichKeyIsMissingOrRepeated() {
		SeedBlock block = parse("[a]\nname: A\nname: B\n").get(0);
		assertThatExceptionOfType(SeedFormatException.class).isThrownBy(() -> block.one("name"))
			.withMessageContaining("repeats 'name'");
		assertThatExceptionOfType(SeedFormatException.class).isThrownBy(() -> block.one("goal"))
			.withMessageContaining("has no 'goal'");
	}

}
