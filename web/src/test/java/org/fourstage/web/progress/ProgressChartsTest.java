package org.fourstage.web.progress;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.fourstage.domain.account.Role;
import org.fourstage.reporting.tracking.CheckInRecord;
import org.fourstage.reporting.tracking.TrackingHistory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressChartsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Test
	void theDayChartsBeginOnTheFirstTrackedDay() {
		assertThat(ProgressCharts.span(facts(TODAY.minusDays(20), TODAY.minusDays(30)))).isEqualTo(TODAY.minusDays(30));
		assertThat(ProgressCharts.span(facts(TODAY.minusDays(20), TODAY.minusDays(10)))).isEqualTo(TODAY.minusDays(20));
	}

	@Test
	void theDayChartsSpanTwelveWeeksAtMostAndAWeekAtLeast() {
		// 84 days: today and the 83 before it.
		assertThat(ProgressCharts.span(facts(null, TODAY.minusDays(200)))).isEqualTo(TODAY.minusDays(83));
		assertThat(ProgressCharts.span(facts(null, TODAY.minusDays(83)))).isEqualTo(TODAY.minusDays(83));
		// 7 days: today and the 6 before it.
		assertThat(ProgressCharts.span(facts(TODAY, TODAY))).isEqualTo(TODAY.minusDays(6));
		assertThat(ProgressCharts.span(facts(null, null))).isEqualTo(TODAY.minusDays(6));
	}

	private static ProgressFacts facts(@Nullable LocalDate programStart, @Nullable LocalDate checkIn) {
		List<CheckInRecord> checkIns = (checkIn != null)
				? List.of(new CheckInRecord(UUID.randomUUID(), checkIn, 5, null, 10, 6, 30, Role.PATIENT)) : List.of();
		TrackingHistory history = new TrackingHistory(TODAY.minusYears(1), TODAY, List.of(), checkIns, List.of(),
				List.of(), List.of(), List.of());
		return new ProgressFacts(history, TODAY, programStart, List.of(), List.of(), ZoneOffset.UTC);
	}

}
