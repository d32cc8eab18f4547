package org.fourstage.domain.tracking;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.tracking.TrackingTestData.day;
import static org.fourstage.domain.tracking.TrackingTestData.pain;

class AlertRulesTest {

	private final AlertRules rules = new AlertRules(new SpikeRule(3));

	// days 1..7 at 4: a baseline of 4 for day 8
	private final PainDiary diary = new PainDiary(
			List.of(pain(1, 4), pain(2, 4), pain(3, 4), pain(4, 4), pain(5, 4), pain(6, 4), pain(7, 4)));

	@Test
	void anyRedFlagSignRaisesTheRedFlagAlertWithTheSigns() {
		List<TrackingAlert> alerts = this.rules.forFlareUp(UUID.randomUUID(),
				flareUp(5, LegSymptoms.NONE, false, Set.of(RedFlagSign.SADDLE_NUMBNESS)), NerveSigns.NONE, this.diary);

		assertThat(alerts).extracting(TrackingAlert::kind).containsExactly(AlertKind.FLARE_UP_RED_FLAG_SIGN);
		assertThat(alerts.get(0).redFlagSigns()).containsExactly(RedFlagSign.SADDLE_NUMBNESS);
	}

	@Test
	void aQuietFlareUpRaisesNothing() {
		// peak 6 is 2 above the baseline of 4; buttock pain, not sharp
		assertThat(this.rules.forFlareUp(UUID.randomUUID(), flareUp(6, LegSymptoms.BUTTOCK, false, Set.of()),
				NerveSigns.NONE, this.diary))
			.isEmpty();
	}

	@Test
	void painBelowTheKneeForTheFirstTimeIsNewNerveSigns() {
		List<TrackingAlert> alerts = this.rules.forFlareUp(UUID.randomUUID(),
				flareUp(5, LegSymptoms.BELOW_THE_KNEE, false, Set.of()),
				new NerveSigns(LegSymptoms.DOWN_THE_LEG, false), this.diary);

		assertThat(alerts).extracting(TrackingAlert::kind).containsExactly(AlertKind.FLARE_UP_NEW_NERVE_SIGNS);
		assertThat(alerts.get(0).nerveSigns()).isEqualTo(new NerveSigns(LegSymptoms.BELOW_THE_KNEE, false));
		assertThat(alerts.get(0).nerveSignsBefore()).isEqualTo(new NerveSigns(LegSymptoms.DOWN_THE_LEG, false));
	}

	@Test
	void sharpOrShootingPainForTheFirstTimeIsNewNerveSignsEvenWhereThePainReachedBefore() {
		NerveSigns before = new NerveSigns(LegSymptoms.BELOW_THE_KNEE, false);

		assertThat(kinds(flareUp(5, LegSymptoms.DOWN_THE_LEG, true, Set.of()), before))
			.containsExactly(AlertKind.FLARE_UP_NEW_NERVE_SIGNS);
	}

	@Test
	void theSameNerveSignsAsBeforeRaiseNothing() {
		NerveSigns before = new NerveSigns(LegSymptoms.BELOW_THE_KNEE, true);

		assertThat(kinds(flareUp(5, LegSymptoms.BELOW_THE_KNEE, true, Set.of()), before)).isEmpty();
		assertThat(kinds(flareUp(5, LegSymptoms.DOWN_THE_LEG, true, Set.of()), before)).isEmpty();
	}

	@Test
	void sharpPainReachingFurtherThanBeforeIsWorse() {
		// sharp before, in the buttock; now sharp and down the leg
		NerveSigns before = new NerveSigns(LegSymptoms.BUTTOCK, true);

		assertThat(kinds(flareUp(5, LegSymptoms.DOWN_THE_LEG, true, Set.of()), before))
			.containsExactly(AlertKind.FLARE_UP_NEW_NERVE_SIGNS);
	}

	@Test
	void painReachingFurtherWithoutANerveSignIsNoAlert() {
		// down the leg, not below the knee and not sharp: no nerve sign
		assertThat(kinds(flareUp(5, LegSymptoms.DOWN_THE_LEG, false, Set.of()), NerveSigns.NONE)).isEmpty();
	}

	@Test
	void aFlareUpPeakThreePointsOverTheAverageBeforeIsASpike() {
		// baseline 4: peak 7 is a spike, 6 is not
		assertThat(kinds(flareUp(7, LegSymptoms.NONE, false, Set.of()), NerveSigns.NONE))
			.containsExactly(AlertKind.PAIN_SPIKE);
		assertThat(kinds(flareUp(6, LegSymptoms.NONE, false, Set.of()), NerveSigns.NONE)).isEmpty();
	}

	@Test
	void oneFlareUpCanRaiseAllThreeInOrder() {
		List<AlertKind> kinds = kinds(
				flareUp(9, LegSymptoms.BELOW_THE_KNEE, true, Set.of(RedFlagSign.BLADDER_OR_BOWEL_CHANGE)),
				NerveSigns.NONE);

		assertThat(kinds).containsExactly(AlertKind.FLARE_UP_RED_FLAG_SIGN, AlertKind.FLARE_UP_NEW_NERVE_SIGNS,
				AlertKind.PAIN_SPIKE);
	}

	@Test
	void aCheckInRatingCanSpike() {
		EntryRef checkIn = new EntryRef(EntryKind.CHECK_IN, UUID.randomUUID(), day(8));

		TrackingAlert alert = this.rules.forPain(checkIn, day(8), 7, this.diary).orElseThrow();

		assertThat(alert.kind()).isEqualTo(AlertKind.PAIN_SPIKE);
		assertThat(alert.spike().baseline().value()).isEqualTo(4.0);
		assertThat(alert.source()).isEqualTo(checkIn);
		assertThat(this.rules.forPain(checkIn, day(8), 6.5, this.diary)).isEmpty();
	}

	@Test
	void theWorstBeforeJoinsTheFurthestReachAndAnySharpPain() {
		NerveSigns worst = NerveSigns.worstOf(List.of(flareUp(5, LegSymptoms.BELOW_THE_KNEE, false, Set.of()),
				flareUp(5, LegSymptoms.BUTTOCK, true, Set.of())));

		assertThat(worst).isEqualTo(new NerveSigns(LegSymptoms.BELOW_THE_KNEE, true));
		assertThat(NerveSigns.worstOf(List.of())).isEqualTo(NerveSigns.NONE);
	}

	private List<AlertKind> kinds(FlareUpEntry flareUp, NerveSigns before) {
		return this.rules.forFlareUp(UUID.randomUUID(), flareUp, before, this.diary)
			.stream()
			.map(TrackingAlert::kind)
			.toList();
	}

	private static FlareUpEntry flareUp(int peak, LegSymptoms legSymptoms, boolean sharp, Set<RedFlagSign> signs) {
		return new FlareUpEntry(day(8), null, null, peak, FlareTrigger.LIFTING, legSymptoms, sharp, signs, "");
	}

}
