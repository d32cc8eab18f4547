package org.fourstage.domain.tracking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.fourstage.domain.tracking.TrackingTestData.day;
import static org.fourstage.domain.tracking.TrackingTestData.flareUp;

class FlareFreeDaysTest {

	@Test
	void countsFromTheEndOfTheLatestFlareUp() {
		FlareUpSpan first = flareUp(2, 4);
		FlareUpSpan second = flareUp(10, 12);

		FlareFreeDays days = FlareFreeDays.on(List.of(second, first), day(1), day(19));

		assertThat(days.days()).isEqualTo(7);
		assertThat(days.lastFlareUp()).isEqualTo(second);
	}

	@Test
	void endedYesterdayIsOneDayAndEndingTodayIsZero() {
		assertThat(FlareFreeDays.on(List.of(flareUp(2, 4)), day(1), day(5)).days()).isEqualTo(1);
		assertThat(FlareFreeDays.on(List.of(flareUp(2, 4)), day(1), day(4)).days()).isZero();
	}

	@Test
	void isZeroWhileAFlareUpGoesOn() {
		FlareUpSpan ongoing = flareUp(10, null);

		FlareFreeDays days = FlareFreeDays.on(List.of(flareUp(2, 4), ongoing), day(1), day(30));

		assertThat(days.days()).isZero();
		assertThat(days.lastFlareUp()).isEqualTo(ongoing);
	}

	@Test
	void countsFromTheStartOfTrackingWithoutAnyFlareUp() {
		FlareFreeDays days = FlareFreeDays.on(List.of(), day(1), day(15));

		assertThat(days.days()).isEqualTo(14);
		assertThat(days.lastFlareUp()).isNull();
	}

	@Test
	void doesNotSeeAFlareUpThatBeganAfterTheDay() {
		assertThat(FlareFreeDays.on(List.of(flareUp(2, 3), flareUp(20, null)), day(1), day(10)).days()).isEqualTo(7);
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> flareUp(5, 4));
	}

}
