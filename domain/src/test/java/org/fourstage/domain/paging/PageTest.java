package org.fourstage.domain.paging;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

	@Test
	void fortyOneItemsInPagesOfTwentyMakeThreePages() {
		Page<String> middle = new Page<>(List.of("x"), 1, 20, 41);

		assertThat(middle.pageCount()).isEqualTo(3);
		assertThat(middle.hasPrevious()).isTrue();
		assertThat(middle.hasNext()).isTrue();
	}

	@Test
	void exactlyFortyItemsMakeTwoPagesAndTheLastHasNoNext() {
		Page<String> last = new Page<>(List.of("x"), 1, 20, 40);

		assertThat(last.pageCount()).isEqualTo(2);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void anEmptyListShowsOneEmptyPage() {
		Page<String> empty = new Page<>(List.of(), 0, 20, 0);

		assertThat(empty.pageCount()).isOne();
		assertThat(empty.hasPrevious()).isFalse();
		assertThat(empty.hasNext()).isFalse();
	}

}
