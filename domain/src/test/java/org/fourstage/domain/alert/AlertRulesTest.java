package org.fourstage.domain.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.CheckIn;
import org.fourstage.domain.tracking.CheckInEntry;
import org.fourstage.domain.tracking.DailyPain;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.FlareUp;
import org.fourstage.domain.tracking.FlareUpEntry;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.PainDiary;
import org.fourstage.domain.tracking.RecordedBy;
import org.fourstage.domain.tracking.RedFlagSign;
import org.fourstage.domain.tracking.SpikeRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRulesTest {

	private static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 2);

	private static final PatientId PATIENT = new PatientId(UUID.randomUUID());

	private static final RecordedBy BY = new RecordedBy(new AccountId(UUID.randomUUID()), Role.PATIENT);

	private final AlertRules rules = new AlertRules(new SpikeRule(3));

	// Days 1..7: 2, missing, 4, missing, missing, 3, 3 -> (2 + 4 + 3 + 3) / 4 = 3.0
	private final PainDiary gappy = new PainDiary(List.of(pain(1, 2), pain(3, 4), pain(6, 3), pain(7, 3)));

	@Test
	void aFlareUpWithARedFlagSignRaisesTheMostUrgentAlert() {
		FlareUp flareUp = flareUp(8, 5, LegSymptoms.NONE, false, Set.of(RedFlagSign.SADDLE_NUMBNESS));

		List<AlertCause> causes = this.rules.forFlareUp(flareUp, List.of(), this.gappy);

		assertThat(causes).extracting(AlertCause::kind).containsExactly(AlertKind.RED_FLAG_SIGNS);
		assertThat(causes.get(0).source().kind()).isEqualTo(EntryKind.FLARE_UP);
		assertThat(causes.get(0).source().id()).isEqualTo(flareUp.id());
	}

	@Test
	void shootingLegPainReportedForTheFirstTimeIsNewNerveSignsAndAPeakSixOverTheGappyAverageOfThreeIsASpike() {
		FlareUp flareUp = flareUp(8, 6, LegSymptoms.DOWN_THE_LEG, true, Set.of());

		assertThat(this.rules.forFlareUp(flareUp, List.of(), this.gappy)).extracting(AlertCause::kind)
			.containsExactly(AlertKind.NEW_NERVE_SIGNS, AlertKind.PAIN_SPIKE);
	}

	@Test
	void nerveSignsAlreadyReportedWithAnEarlierFlareUpRaiseNothingNewButSpreadingBelowTheKneeDoes() {
		FlareUp earlier = flareUp(2, 5, LegSymptoms.DOWN_THE_LEG, true, Set.of());
		FlareUp same = flareUp(8, 5, LegSymptoms.DOWN_THE_LEG, true, Set.of());
		FlareUp spread = flareUp(8, 5, LegSymptoms.BELOW_THE_KNEE, true, Set.of());

		assertThat(this.rules.forFlareUp(same, List.of(earlier, same), this.gappy)).isEmpty();
		assertThat(this.rules.forFlareUp(spread, List.of(earlier), this.gappy)).extracting(AlertCause::kind)
			.containsExactly(AlertKind.NEW_NERVE_SIGNS);
	}

	@Test
	void aDullAcheInTheButtockIsNoNerveSignEvenWhenSharp() {
		FlareUp buttock = flareUp(8, 4, LegSymptoms.BUTTOCK, true, Set.of());

		assertThat(this.rules.forFlareUp(buttock, List.of(), this.gappy)).isEmpty();
	}

	@Test
	void aCheckInIsComparedByItsHigherRatingWithTheDaysThatHaveAFigure() {
		// Morning 2, evening 6: the higher rating 6 is 3.0 over the average 3.0 -> spike.
		assertThat(this.rules.forCheckIn(checkIn(8, 2, 6), this.gappy)).extracting(AlertCause::kind)
			.containsExactly(AlertKind.PAIN_SPIKE);
		// Morning 5, no evening yet: 5 - 3.0 = 2.0 -> none.
		assertThat(this.rules.forCheckIn(checkIn(8, 5, null), this.gappy)).isEmpty();
	}

	@Test
	void theWindowIsTheSevenDaysBeforeSoAnOldLowDayNoLongerCounts() {
		// Day 9 looks back at days 2..8: 4, 3, 3 -> 10 / 3 = 3.33; 6 is 2.67 above ->
		// none.
		assertThat(this.rules.forCheckIn(checkIn(9, 6, null), this.gappy)).isEmpty();
		// 7 is 3.67 above -> spike.
		assertThat(this.rules.forCheckIn(checkIn(9, 7, null), this.gappy)).hasSize(1);
	}

	@Test
	void withoutAnyFigureInTheSevenDaysBeforeNoSpikeCanBeTold() {
		// Day 15 looks back at days 8..14, none of which has a figure.
		assertThat(this.rules.forCheckIn(checkIn(15, 10, 10), this.gappy)).isEmpty();
	}

	private static LocalDate day(int number) {
		return DAY_ONE.plusDays(number - 1L);
	}

	private static DailyPain pain(int dayNumber, double nprs) {
		return DailyPain.fromCheckIn(UUID.randomUUID(), day(dayNumber), (int) nprs, null);
	}

	private static FlareUp flareUp(int dayNumber, int peak, LegSymptoms leg, boolean sharp, Set<RedFlagSign> signs) {
		FlareUpEntry entry = new FlareUpEntry(day(dayNumber), null, null, peak, FlareTrigger.BENDING, leg, sharp, signs,
				"");
		Instant at = Instant.parse("2026-11-01T08:00:00Z").plusSeconds(86_400L * dayNumber);
		return new FlareUp(UUID.randomUUID(), PATIENT, entry, BY, at, at);
	}

	private static CheckIn checkIn(int dayNumber, int morning, Integer evening) {
		CheckInEntry entry = new CheckInEntry(day(dayNumber), morning, evening, 20, 6, 60);
		Instant at = Instant.parse("2026-11-01T08:00:00Z").plusSeconds(86_400L * dayNumber);
		return new CheckIn(UUID.randomUUID(), PATIENT, entry, BY, at, at);
	}

}
