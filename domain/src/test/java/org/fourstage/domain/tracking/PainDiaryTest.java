package org.fourstage.domain.tracking;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.fourstage.domain.tracking.TrackingTestData.day;
import static org.fourstage.domain.tracking.TrackingTestData.pain;

class PainDiaryTest {

	@Test
	void averagesSevenFullDays() {
		// 6+5+5+4+4+3+1 = 28, / 7 = 4
		PainDiary diary = new PainDiary(
				List.of(pain(1, 6), pain(2, 5), pain(3, 5), pain(4, 4), pain(5, 4), pain(6, 3), pain(7, 1)));

		PainAverage average = diary.sevenDayAverage(day(7)).orElseThrow();

		assertThat(average.value()).isEqualTo(4.0);
		assertThat(average.from()).isEqualTo(day(1));
		assertThat(average.to()).isEqualTo(day(7));
		assertThat(average.daysWithFigure()).isEqualTo(7);
	}

	@Test
	void leavesOutMissingDaysInsteadOfCountingThemAsZero() {
		// days 3, 5, 6 have no check-in: (6 + 5 + 4 + 2) / 4 = 4.25
		PainDiary diary = new PainDiary(List.of(pain(1, 6), pain(2, 5), pain(4, 4), pain(7, 2)));

		PainAverage average = diary.sevenDayAverage(day(7)).orElseThrow();

		assertThat(average.value()).isEqualTo(4.25);
		assertThat(average.basedOn()).extracting(DailyPain::day).containsExactly(day(1), day(2), day(4), day(7));
	}

	@Test
	void coversTheDayAndTheSixBeforeItAndNoMore() {
		// on day 7: (10 + 6 × 2) / 7 = 22 / 7; day 1 falls out on day 8: 7 × 2 / 7 = 2
		PainDiary diary = new PainDiary(List.of(pain(1, 10), pain(2, 2), pain(3, 2), pain(4, 2), pain(5, 2), pain(6, 2),
				pain(7, 2), pain(8, 2)));

		assertThat(diary.sevenDayAverage(day(7)).orElseThrow().value()).isCloseTo(22 / 7.0, within(1e-12));
		assertThat(diary.sevenDayAverage(day(8)).orElseThrow().value()).isEqualTo(2.0);
	}

	@Test
	void hasNoAverageWhenNoDayOfTheWindowHasAFigure() {
		PainDiary diary = new PainDiary(List.of(pain(1, 6), pain(20, 3)));

		assertThat(diary.sevenDayAverage(day(14))).isEmpty();
		assertThat(diary.sevenDayAverage(day(7))).map(PainAverage::value).contains(6.0);
		assertThat(new PainDiary(List.of()).sevenDayAverage(day(7))).isEmpty();
	}

	@Test
	void theBaselineBeforeADayLeavesTheDayItselfOut() {
		// days 1..7 at 2, day 8 at 9: the baseline of day 8 is 2, not (2*6 + 9) / 7
		PainDiary diary = new PainDiary(List.of(pain(1, 2), pain(2, 2), pain(3, 2), pain(4, 2), pain(5, 2), pain(6, 2),
				pain(7, 2), pain(8, 9)));

		assertThat(diary.sevenDaysBefore(day(8)).orElseThrow().value()).isEqualTo(2.0);
		assertThat(diary.sevenDaysBefore(day(8)).orElseThrow().from()).isEqualTo(day(1));
	}

	@Test
	void aCheckInCountsTheMeanOfMorningAndEveningOrTheMorningAlone() {
		UUID id = UUID.randomUUID();
		assertThat(DailyPain.fromCheckIn(id, day(1), 4, 7).nprs()).isEqualTo(5.5);
		assertThat(DailyPain.fromCheckIn(id, day(1), 4, null).nprs()).isEqualTo(4.0);
		assertThat(DailyPain.fromCheckIn(id, day(1), 4, null).source())
			.isEqualTo(new EntryRef(EntryKind.CHECK_IN, id, day(1)));
	}

	@Test
	void refusesTwoFiguresForOneDayAndFiguresOffTheScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PainDiary(List.of(pain(1, 3), pain(1, 4))));
		assertThatIllegalArgumentException().isThrownBy(() -> pain(1, 10.5));
		assertThatIllegalArgumentException().isThrownBy(() -> pain(1, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> pain(1, Double.NaN));
	}

}
