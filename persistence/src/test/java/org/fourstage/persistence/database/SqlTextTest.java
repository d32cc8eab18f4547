package org.fourstage.persistence.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTextTest {

	@Test
	void matchesTypedWildcardsAsPlainText() {
		assertThat(SqlText.containing(" 50%_Off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
	}

	@Test
	void aBlankQueryMatchesEverything() {
		assertThat(SqlText.containing("  ")).isEqualTo("%%");
	}

}
