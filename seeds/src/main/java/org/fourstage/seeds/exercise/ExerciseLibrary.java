package org.fourstage.seeds.exercise;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.format.DosageNotation;
import org.fourstage.seeds.format.SeedBlock;
import org.fourstage.seeds.format.SeedBlocks;
import org.fourstage.seeds.format.SeedFormatException;

/**
 * The library of exercises, in stage order and in the order the seed file lists them.
 */
public final class ExerciseLibrary {

	/** The seed file beside this class. */
	public static final String RESOURCE = "exercises.seed";

	private static final Set<String> KEYS = Set.of("name", "stage", "target", "dosage", "step", "caution");

	private final Map<ExerciseCode, Exercise> byCode;

	private ExerciseLibrary(List<Exercise> exercises) {
		Map<ExerciseCode, Exercise> map = new LinkedHashMap<>();
		for (Exercise exercise : exercises) {
			map.put(exercise.code(), exercise);
		}
		this.byCode = Collections.unmodifiableMap(map);
	}

	/**
	 * The library shipped with FourStage.
	 * @return the library
	 * @throws SeedFormatException when the seed file is broken
	 */
	public static ExerciseLibrary load() {
		return of(SeedBlocks.read(ExerciseLibrary.class, RESOURCE));
	}

	/**
	 * A library read from seed text, e.g. a clinic's own additions.
	 * @param source the name used in error messages
	 * @param text the seed text
	 * @return the library
	 */
	public static ExerciseLibrary parse(String source, Reader text) {
		return of(SeedBlocks.parse(source, text));
	}

	private static ExerciseLibrary of(List<SeedBlock> blocks) {
		List<Exercise> exercises = new ArrayList<>();
		for (SeedBlock block : blocks) {
			exercises.add(exercise(block));
		}
		return new ExerciseLibrary(exercises);
	}

	private static Exercise exercise(SeedBlock block) {
		block.requireOnlyKeys(KEYS);
		try {
			return new Exercise(ExerciseCode.of(block.name()), block.one("name"), stage(block.one("stage")),
					MuscleGroup.valueOf(block.one("target")), block.all("step"), block.all("caution"),
					DosageNotation.parse(block.one("dosage")));
		}
		catch (SeedFormatException ex) {
			throw ex;
		}
		catch (IllegalArgumentException ex) {
			throw block.error(ex.getMessage());
		}
	}

	private static Stage stage(String number) {
		try {
			return Stage.ofNumber(Integer.parseInt(number));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("stage '" + number + "' is not a number from 1 to 4", ex);
		}
	}

	/**
	 * Every exercise, in the order of the seed file.
	 * @return the exercises
	 */
	public List<Exercise> all() {
		return List.copyOf(this.byCode.values());
	}

	/**
	 * The exercises by code, as
	 * {@link org.fourstage.domain.library.ProgramTemplate#toProgram} needs them.
	 * @return an unmodifiable map in file order
	 */
	public Map<ExerciseCode, Exercise> byCode() {
		return this.byCode;
	}

	/**
	 * One exercise.
	 * @param code its code
	 * @return the exercise, or empty when the library has none with that code
	 */
	public Optional<Exercise> find(ExerciseCode code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * The exercises that belong to a stage.
	 * @param stage the stage
	 * @return its exercises in file order
	 */
	public List<Exercise> inStage(Stage stage) {
		return this.byCode.values().stream().filter((exercise) -> exercise.stage() == stage).toList();
	}

}
