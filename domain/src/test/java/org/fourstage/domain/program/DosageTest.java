package org.fourstage.domain.program;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DosageTest {

	@Test
	void refusesZeroRepsWithAViolationKeyedToReps() {
		assertThat(Dosage.builder().reps(0).violations()).extracting(FieldViolation::field).containsExactly("reps");
		assertThatExceptionOfType(InvalidFieldsException.class).isThrownBy(() -> Dosage.builder().reps(0).build())
			.satisfies((ex) -> assertThat(ex.violations()).extracting(FieldViolation::field).containsExactly("reps"));
	}

	@Test
	void refusesOneHundredAndOneReps() {
		assertThat(Dosage.builder().reps(101).violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo("reps");
			assertThat(violation.message()).contains("between 1 and 100").contains("101");
		});
	}

	@Test
	void acceptsTheEdgesOfEveryRange() {
		Dosage lowest = new Dosage(1, 1, 1, 0, 1, 0, 1, 1, 1, ExerciseSide.LEFT);
		Dosage highest = new Dosage(10, 100, 600, 600, 20, 100, 10, 7, 180, ExerciseSide.RIGHT);
		assertThat(lowest.reps()).isEqualTo(1);
		assertThat(highest.holdSeconds()).isEqualTo(600);
	}

	@Test
	void refusesAHoldOfSixHundredAndOneSeconds() {
		assertThat(Dosage.builder().holdSeconds(601).violations()).extracting(FieldViolation::field)
			.containsExactly("holdSeconds");
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 101 })
	void refusesEffortOutsideZeroToOneHundredPercent(int effort) {
		assertThat(Dosage.builder().effortPercent(effort).violations()).extracting(FieldViolation::field)
			.containsExactly("effortPercent");
	}

	@Test
	void refusesEightDaysAWeek() {
		assertThat(Dosage.builder().daysPerWeek(8).violations()).extracting(FieldViolation::field)
			.containsExactly("daysPerWeek");
	}

	@Test
	void reportsEveryWrongFieldAtOnceInFieldOrder() {
		assertThatExceptionOfType(InvalidFieldsException.class)
			.isThrownBy(() -> new Dosage(0, 101, 601, -1, 21, 101, 11, 8, 181, null))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(FieldViolation::field)
				.containsExactly("sets", "reps", "holdSeconds", "restSeconds", "rounds", "effortPercent", "timesPerDay",
						"daysPerWeek", "durationMinutes"));
	}

	@Test
	void fieldKeysMatchTheRecordComponentsSoFormsCanBindByName() {
		for (DosageField field : DosageField.values()) {
			assertThat(DosageField.ofKey(field.key())).contains(field);
		}
		assertThat(DosageField.ofKey("weight")).isEmpty();
	}

	@Test
	void readsSetsRepsAndHoldInPlainWords() {
		assertThat(Dosage.builder().sets(3).reps(10).holdSeconds(5).build().inPlainWords())
			.isEqualTo("3 sets of 10, hold 5 seconds");
	}

	@Test
	void readsPainCalmingHoldsAsRoundsOfHoldAndRest() {
		Dosage dosage = Dosage.builder().rounds(5).holdSeconds(8).effortPercent(25).restSeconds(5).build();
		assertThat(dosage.inPlainWords()).isEqualTo("5 rounds: hold 8 seconds at about 25 % effort, rest 5 seconds");
	}

	@Test
	void readsAWalkAsMinutesAndTimesADay() {
		assertThat(Dosage.builder().durationMinutes(10).timesPerDay(2).build().inPlainWords())
			.isEqualTo("10 minutes, twice a day");
	}

	@Test
	void putsTheSideNextToThePartItQualifies() {
		assertThat(Dosage.builder().reps(2).holdSeconds(30).side(ExerciseSide.BOTH).build().inPlainWords())
			.isEqualTo("2 repetitions each side, hold 30 seconds");
		assertThat(Dosage.builder().holdSeconds(30).side(ExerciseSide.BOTH).timesPerDay(1).build().inPlainWords())
			.isEqualTo("hold 30 seconds each side, once a day");
		assertThat(
				Dosage.builder().sets(2).reps(8).holdSeconds(5).side(ExerciseSide.ALTERNATING).build().inPlainWords())
			.isEqualTo("2 sets of 8 alternating sides, hold 5 seconds");
		assertThat(Dosage.builder().side(ExerciseSide.LEFT).build().inPlainWords()).isEqualTo("left side");
	}

	@Test
	void usesSingularsForOne() {
		assertThat(new Dosage(1, 1, 1, 1, null, null, 1, 1, 1, null).inPlainWords())
			.isEqualTo("1 set of 1, hold 1 second, rest 1 second, 1 minute, once a day, 1 day a week");
		assertThat(Dosage.builder().rounds(1).build().inPlainWords()).isEqualTo("1 round");
		assertThat(Dosage.builder().reps(1).build().inPlainWords()).isEqualTo("1 repetition");
	}

	@Test
	void readsWholeMinutesOfHoldAsMinutes() {
		assertThat(Dosage.builder().holdSeconds(60).build().inPlainWords()).isEqualTo("hold 1 minute");
		assertThat(Dosage.builder().holdSeconds(120).build().inPlainWords()).isEqualTo("hold 2 minutes");
		assertThat(Dosage.builder().holdSeconds(90).build().inPlainWords()).isEqualTo("hold 90 seconds");
	}

	@Test
	void readsFrequencyTheWayPeopleSayIt() {
		assertThat(Dosage.builder().timesPerDay(3).daysPerWeek(7).build().inPlainWords())
			.isEqualTo("3 times a day, every day");
		assertThat(Dosage.builder().sets(2).reps(12).daysPerWeek(5).build().inPlainWords())
			.isEqualTo("2 sets of 12, 5 days a week");
		assertThat(Dosage.builder().sets(3).build().inPlainWords()).isEqualTo("3 sets");
	}

	@Test
	void readsEffortWithoutAHoldAndZeroRest() {
		assertThat(Dosage.builder().reps(10).effortPercent(50).restSeconds(0).build().inPlainWords())
			.isEqualTo("10 repetitions, at about 50 % effort, no rest");
	}

	@Test
	void readsAnEmptyDosageAsFollowingThePhysiotherapist() {
		Dosage empty = Dosage.builder().build();
		assertThat(empty.isEmpty()).isTrue();
		assertThat(empty.inPlainWords()).isEqualTo("as your physiotherapist shows you");
	}

	@Test
	void isTimedOnlyWithAHoldOrADuration() {
		assertThat(Dosage.builder().holdSeconds(10).build().isTimed()).isTrue();
		assertThat(Dosage.builder().durationMinutes(10).build().isTimed()).isTrue();
		assertThat(Dosage.builder().sets(2).reps(10).restSeconds(30).build().isTimed()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1L, 7L, 42L, 2026L, 31337L })
	void rendersEveryValidDosageWithoutFailing(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < 500; i++) {
			Dosage.Builder builder = Dosage.builder();
			for (DosageField field : DosageField.values()) {
				if (random.nextBoolean()) {
					builder.set(field, field.min() + random.nextInt(field.max() - field.min() + 1));
				}
			}
			if (random.nextBoolean()) {
				builder.side(ExerciseSide.values()[random.nextInt(ExerciseSide.values().length)]);
			}
			Dosage dosage = builder.build();
			String words = dosage.inPlainWords();
			assertThat(words).isNotBlank().doesNotContain("null").doesNotEndWith(",").doesNotEndWith(" ");
			if (dosage.reps() != null) {
				assertThat(words).contains(String.valueOf(dosage.reps()));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 3L, 11L, 99L })
	void acceptsExactlyTheValuesWithinEachFieldsBounds(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			DosageField field = DosageField.values()[random.nextInt(DosageField.values().length)];
			int value = random.nextInt(1000) - 300;
			boolean within = value >= field.min() && value <= field.max();
			assertThat(Dosage.builder().set(field, value).violations().isEmpty()).as("%s = %d", field, value)
				.isEqualTo(within);
		}
	}

}
