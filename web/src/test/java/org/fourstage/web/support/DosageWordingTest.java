package org.fourstage.web.support;

import java.util.Locale;
import java.util.Random;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.DosageField;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dosages read as the patient sees them on the today page and the program sheet, worded
 * through the application's messages from the parts the domain gives (the domain's own
 * tests pin those parts).
 */
class DosageWordingTest {

	private final DosageWording wording = new DosageWording(new Wording(messages()));

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	private String of(Dosage.Builder dosage) {
		return this.wording.of(dosage.build());
	}

	@Test
	void readsSetsRepsAndHoldInPlainWords() {
		assertThat(of(Dosage.builder().sets(3).reps(10).holdSeconds(5))).isEqualTo("3 sets of 10, hold 5 seconds");
	}

	@Test
	void readsPainCalmingHoldsAsRoundsOfHoldAndRest() {
		assertThat(of(Dosage.builder().rounds(5).holdSeconds(8).effortPercent(25).restSeconds(5)))
			.isEqualTo("5 rounds: hold 8 seconds at about 25 % effort, rest 5 seconds");
	}

	@Test
	void readsAWalkAsMinutesAndTimesADay() {
		assertThat(of(Dosage.builder().durationMinutes(10).timesPerDay(2))).isEqualTo("10 minutes, twice a day");
	}

	@Test
	void putsTheSideNextToThePartItQualifies() {
		assertThat(of(Dosage.builder().reps(2).holdSeconds(30).side(ExerciseSide.BOTH)))
			.isEqualTo("2 repetitions each side, hold 30 seconds");
		assertThat(of(Dosage.builder().holdSeconds(30).side(ExerciseSide.BOTH).timesPerDay(1)))
			.isEqualTo("hold 30 seconds each side, once a day");
		assertThat(of(Dosage.builder().sets(2).reps(8).holdSeconds(5).side(ExerciseSide.ALTERNATING)))
			.isEqualTo("2 sets of 8 alternating sides, hold 5 seconds");
		assertThat(of(Dosage.builder().side(ExerciseSide.LEFT))).isEqualTo("left side");
		assertThat(of(Dosage.builder().side(ExerciseSide.RIGHT).durationMinutes(2))).isEqualTo("2 minutes right side");
	}

	@Test
	void usesSingularsForOne() {
		assertThat(this.wording.of(new Dosage(1, 1, 1, 1, null, null, 1, 1, 1, null)))
			.isEqualTo("1 set of 1, hold 1 second, rest 1 second, 1 minute, once a day, 1 day a week");
		assertThat(of(Dosage.builder().rounds(1))).isEqualTo("1 round");
		assertThat(of(Dosage.builder().reps(1))).isEqualTo("1 repetition");
		assertThat(of(Dosage.builder().sets(1))).isEqualTo("1 set");
	}

	@Test
	void readsWholeMinutesOfHoldAsMinutes() {
		assertThat(of(Dosage.builder().holdSeconds(60))).isEqualTo("hold 1 minute");
		assertThat(of(Dosage.builder().holdSeconds(120))).isEqualTo("hold 2 minutes");
		assertThat(of(Dosage.builder().holdSeconds(90))).isEqualTo("hold 90 seconds");
		assertThat(of(Dosage.builder().reps(5).restSeconds(600))).isEqualTo("5 repetitions, rest 10 minutes");
	}

	@Test
	void readsFrequencyTheWayPeopleSayIt() {
		assertThat(of(Dosage.builder().timesPerDay(3).daysPerWeek(7))).isEqualTo("3 times a day, every day");
		assertThat(of(Dosage.builder().timesPerDay(10).daysPerWeek(6))).isEqualTo("10 times a day, 6 days a week");
		assertThat(of(Dosage.builder().sets(2).reps(12).daysPerWeek(5))).isEqualTo("2 sets of 12, 5 days a week");
		assertThat(of(Dosage.builder().sets(3))).isEqualTo("3 sets");
	}

	@Test
	void readsEffortWithoutAHoldAndZeroRest() {
		assertThat(of(Dosage.builder().reps(10).effortPercent(50).restSeconds(0)))
			.isEqualTo("10 repetitions, at about 50 % effort, no rest");
	}

	@Test
	void readsAnEmptyDosageAsFollowingThePhysiotherapist() {
		assertThat(of(Dosage.builder())).isEqualTo("as your physiotherapist shows you");
	}

	@Test
	void readsTheClinicalDosagesOfTheShippedLibrary() {
		ExerciseLibrary library = ExerciseLibrary.load();
		assertThat(this.wording.of(library.find(ExerciseCode.of("pain-calming-holds")).orElseThrow().defaultDosage()))
			.isEqualTo("5 rounds: hold 8 seconds at about 25 % effort, rest 5 seconds, twice a day");
		assertThat(this.wording.of(library.find(ExerciseCode.of("single-knee-to-chest")).orElseThrow().defaultDosage()))
			.isEqualTo("3 repetitions alternating sides, hold 10 seconds, twice a day");
		assertThat(library.all()).allSatisfy((exercise) -> assertThat(this.wording.of(exercise.defaultDosage()))
			.doesNotContain("physiotherapist shows"));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1L, 7L, 42L, 2026L, 31337L })
	void wordsEveryValidDosageWithoutALooseEnd(long seed) {
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
			String words = this.wording.of(dosage);
			assertThat(words).isNotBlank()
				.doesNotContain("null")
				.doesNotContain("{")
				.doesNotContain("dosage.words")
				.doesNotEndWith(",")
				.doesNotEndWith(" ");
			if (dosage.reps() != null) {
				assertThat(words).contains(String.valueOf(dosage.reps()));
			}
		}
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
