package org.fourstage.domain.program;

import java.util.List;
import java.util.Random;

import org.fourstage.domain.text.Phrase;

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
	void givesSetsRepsAndHoldAsPartsInReadingOrder() {
		assertThat(Dosage.builder().sets(3).reps(10).holdSeconds(5).build().inWords())
			.isEqualTo(new DosageWords(null, List.of(Phrase.of("dosage.words.setsOfReps", 3, 10),
					Phrase.of("dosage.words.hold", Phrase.of("dosage.words.seconds", 5)))));
	}

	@Test
	void letsRoundsLeadAndPutsTheEffortWithTheHold() {
		Dosage dosage = Dosage.builder().rounds(5).holdSeconds(8).effortPercent(25).restSeconds(5).build();
		assertThat(dosage.inWords()).isEqualTo(new DosageWords(Phrase.of("dosage.words.rounds", 5),
				List.of(Phrase.of("dosage.words.holdAtEffort", Phrase.of("dosage.words.seconds", 8), 25),
						Phrase.of("dosage.words.rest", Phrase.of("dosage.words.seconds", 5)))));
	}

	@Test
	void attachesTheSideToTheFirstPart() {
		assertThat(Dosage.builder().reps(2).holdSeconds(30).side(ExerciseSide.BOTH).build().inWords().parts()).first()
			.isEqualTo(Phrase.of("dosage.words.withSide", Phrase.of("dosage.words.reps", 2),
					Phrase.of("dosage.words.side.BOTH")));
		assertThat(Dosage.builder().side(ExerciseSide.LEFT).build().inWords().parts())
			.containsExactly(Phrase.of("dosage.words.side.LEFT"));
	}

	@Test
	void givesHoldsOfWholeMinutesInMinutes() {
		assertThat(Dosage.builder().holdSeconds(120).build().inWords().parts())
			.containsExactly(Phrase.of("dosage.words.hold", Phrase.of("dosage.words.minutes", 2)));
		assertThat(Dosage.builder().holdSeconds(90).build().inWords().parts())
			.containsExactly(Phrase.of("dosage.words.hold", Phrase.of("dosage.words.seconds", 90)));
	}

	@Test
	void tellsZeroRestApartFromARest() {
		assertThat(Dosage.builder().reps(10).effortPercent(50).restSeconds(0).build().inWords().parts())
			.containsExactly(Phrase.of("dosage.words.reps", 10), Phrase.of("dosage.words.effort", 50),
					Phrase.of("dosage.words.noRest"));
	}

	@Test
	void hasNoWordsWhenNothingIsSet() {
		Dosage empty = Dosage.builder().build();
		assertThat(empty.isEmpty()).isTrue();
		assertThat(empty.inWords().isEmpty()).isTrue();
		assertThat(Dosage.builder().rounds(1).build().inWords().isEmpty()).isFalse();
	}

	@Test
	void isTimedOnlyWithAHoldOrADuration() {
		assertThat(Dosage.builder().holdSeconds(10).build().isTimed()).isTrue();
		assertThat(Dosage.builder().durationMinutes(10).build().isTimed()).isTrue();
		assertThat(Dosage.builder().sets(2).reps(10).restSeconds(30).build().isTimed()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1L, 7L, 42L, 2026L, 31337L })
	void givesWordsForEveryValidDosage(long seed) {
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
			DosageWords words = dosage.inWords();
			assertThat(words.isEmpty()).isEqualTo(dosage.isEmpty());
			assertThat(words.parts()).allSatisfy((part) -> assertThat(part.code()).startsWith("dosage.words."));
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
