package org.fourstage.seeds.exercise;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.format.SeedFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExerciseLibraryTest {

	private final ExerciseLibrary library = ExerciseLibrary.load();

	@Test
	void holdsEveryExerciseOfTheDesignTableInItsStage() {
		assertThat(codes(Stage.CALM_AND_UNLOAD)).containsExactly("legs-up-rest", "side-lying-pillow", "pelvic-tilts",
				"knee-rolls", "diaphragmatic-breathing", "pain-calming-holds", "short-walks", "ql-release");
		assertThat(codes(Stage.RESTORE_MOBILITY)).containsExactly("cat-camel", "single-knee-to-chest",
				"double-knee-to-chest", "hip-flexor-stretch", "seated-ql-stretch", "morning-bed-stretch",
				"hamstring-stretch");
		assertThat(codes(Stage.STRENGTHEN_AND_COORDINATE)).containsExactly("abdominal-brace", "glute-bridge",
				"bird-dog", "clamshell", "pelvic-tilt-hold", "half-sit-up-ball", "prone-endurance-hold");
		assertThat(codes(Stage.INTEGRATE_INTO_DAILY_LIFE)).containsExactly("hip-hinge-lift", "desk-routine",
				"regular-walking", "swimming-or-cycling", "gradual-load-increase", "sleep-set-up");
	}

	@ParameterizedTest
	@EnumSource(Stage.class)
	void hasExercisesForEveryStage(Stage stage) {
		assertThat(this.library.inStage(stage)).isNotEmpty();
	}

	@Test
	void givesEveryExerciseStepsCautionsAndAReadableDefaultDosage() {
		assertThat(this.library.all()).allSatisfy((exercise) -> {
			assertThat(exercise.steps()).as(exercise.code().value()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(exercise.cautions()).as(exercise.code().value()).isNotEmpty();
			assertThat(exercise.defaultDosage().isEmpty()).as(exercise.code().value()).isFalse();
		});
	}

	@Test
	void usesUniqueCodes() {
		List<ExerciseCode> codes = this.library.all().stream().map(Exercise::code).toList();
		assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
		assertThat(this.library.byCode()).hasSameSizeAs(codes);
	}

	@Test
	void keepsTheClinicalDosagesOfTheSources() {
		assertThat(dosage("pain-calming-holds")).isEqualTo(
				Dosage.builder().rounds(5).holdSeconds(8).effortPercent(25).restSeconds(5).timesPerDay(2).build());
		assertThat(dosage("ql-release"))
			.isEqualTo(Dosage.builder().holdSeconds(30).side(ExerciseSide.BOTH).timesPerDay(1).build());
		assertThat(dosage("glute-bridge"))
			.isEqualTo(Dosage.builder().sets(2).reps(8).holdSeconds(3).daysPerWeek(5).build());
		assertThat(dosage("pelvic-tilt-hold"))
			.isEqualTo(Dosage.builder().reps(8).holdSeconds(5).daysPerWeek(5).build());
		assertThat(dosage("single-knee-to-chest"))
			.isEqualTo(Dosage.builder().reps(3).holdSeconds(10).side(ExerciseSide.ALTERNATING).timesPerDay(2).build());
	}

	@Test
	void offersTheTimerForHoldsAndWalksButNotForRepetitionsAlone() {
		assertThat(find("prone-endurance-hold").isTimed()).isTrue();
		assertThat(find("short-walks").isTimed()).isTrue();
		assertThat(find("clamshell").isTimed()).isFalse();
	}

	@Test
	void warnsAboutShootingLegPainInTheMovementExercises() {
		assertThat(find("pelvic-tilts").cautions()).anySatisfy((caution) -> assertThat(caution).contains("shooting"));
		assertThat(find("glute-bridge").target()).isEqualTo(MuscleGroup.GLUTES);
		assertThat(find("seated-ql-stretch").target()).isEqualTo(MuscleGroup.QUADRATUS_LUMBORUM);
	}

	@Test
	void refusesADuplicateCode() {
		String text = block("bird-dog") + block("bird-dog");
		assertThatExceptionOfType(SeedFormatException.class)
			.isThrownBy(() -> ExerciseLibrary.parse("test.seed", new StringReader(text)))
			.withMessageContaining("bird-dog");
	}

	@Test
	void refusesAnOutOfBoundsDosageNamingTheExercise() {
		String text = block("bird-dog").replace("reps=8", "reps=101");
		assertThatExceptionOfType(SeedFormatException.class)
			.isThrownBy(() -> ExerciseLibrary.parse("test.seed", new StringReader(text)))
			.withMessageContaining("[bird-dog]")
			.withMessageContaining("reps");
	}

	@Test
	void refusesAMisspelledKeyInsteadOfDroppingIt() {
		String text = block("bird-dog").replace("caution:", "cautoin:");
		assertThatExceptionOfType(SeedFormatException.class)
			.isThrownBy(() -> ExerciseLibrary.parse("test.seed", new StringReader(text)))
			.withMessageContaining("cautoin");
	}

	@Test
	void refusesAnExerciseWithASingleStep() {
		String text = block("bird-dog").replace("step: Reach.\n", "");
		assertThatExceptionOfType(SeedFormatException.class)
			.isThrownBy(() -> ExerciseLibrary.parse("test.seed", new StringReader(text)))
			.withMessageContaining("two");
	}

	private static String block(String code) {
		return "[" + code + "]\nname: Bird-dog\nstage: 3\ntarget: MULTIFIDUS\ndosage: sets=2, reps=8\n"
				+ "step: Kneel.\nstep: Reach.\ncaution: Stop if it hurts.\n";
	}

	private List<String> codes(Stage stage) {
		return this.library.inStage(stage).stream().map((exercise) -> exercise.code().value()).toList();
	}

	private Exercise find(String code) {
		return this.library.find(ExerciseCode.of(code)).orElseThrow();
	}

	private Dosage dosage(String code) {
		return find(code).defaultDosage();
	}

	@Test
	void writesInstructionsAsWholeSentencesWithoutMarkup() {
		Set<String> sentences = new HashSet<>();
		this.library.all().forEach((exercise) -> {
			sentences.addAll(exercise.steps());
			sentences.addAll(exercise.cautions());
			assertThat(exercise.name()).doesNotContain("<", ">");
		});
		assertThat(sentences).allSatisfy((text) -> assertThat(text).doesNotContain("<", ">").endsWith("."));
	}

}
