package org.fourstage.domain.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of a program, described in plain words. The version
 * history lists these, and so does the page that tells a physiotherapist someone else
 * changed the program while they were editing it, so the description must make sense on
 * its own.
 *
 * @param kind what sort of edit it was
 * @param stage the stage it concerns, or null for program-wide changes
 * @param description the change in plain words
 */
public record ProgramChange(ProgramChangeKind kind, @Nullable Stage stage, String description) {

	/**
	 * What changed from one version of a program to the next, stage by stage and then the
	 * program notes.
	 * @param before the earlier version
	 * @param after the later version
	 * @return the changes; empty when the versions are the same
	 */
	public static List<ProgramChange> between(Program before, Program after) {
		List<ProgramChange> changes = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			stageChanges(before.stage(stage), after.stage(stage), changes);
		}
		if (!before.notes().equals(after.notes())) {
			changes.add(new ProgramChange(ProgramChangeKind.PROGRAM_NOTES_CHANGED, null, after.notes().isEmpty()
					? "Removed the program notes." : "Changed the program notes to \"" + after.notes() + "\"."));
		}
		return List.copyOf(changes);
	}

	private static void stageChanges(StagePlan before, StagePlan after, List<ProgramChange> changes) {
		Stage stage = after.stage();
		String where = "Stage " + stage.number();
		if (!before.goal().equals(after.goal())) {
			changes.add(new ProgramChange(ProgramChangeKind.STAGE_GOAL_CHANGED, stage,
					"Changed the goal of " + where + " from \"" + before.goal() + "\" to \"" + after.goal() + "\"."));
		}
		Set<ExerciseCode> afterCodes = codes(after.exercises());
		Set<ExerciseCode> beforeCodes = codes(before.exercises());
		for (PrescribedExercise removed : before.exercises()) {
			if (!afterCodes.contains(removed.code())) {
				changes.add(new ProgramChange(ProgramChangeKind.EXERCISE_REMOVED, stage,
						"Removed " + removed.exercise().name() + " from " + where + "."));
			}
		}
		for (PrescribedExercise added : after.exercises()) {
			if (!beforeCodes.contains(added.code())) {
				changes.add(new ProgramChange(ProgramChangeKind.EXERCISE_ADDED, stage, "Added "
						+ added.exercise().name() + " to " + where + ": " + added.dosage().inPlainWords() + "."));
			}
		}
		List<PrescribedExercise> keptBefore = before.exercises()
			.stream()
			.filter((exercise) -> afterCodes.contains(exercise.code()))
			.toList();
		List<PrescribedExercise> keptAfter = after.exercises()
			.stream()
			.filter((exercise) -> beforeCodes.contains(exercise.code()))
			.toList();
		// Adding or removing an exercise shifts the others; only a change in the relative
		// order of the exercises that stayed is a reordering the physiotherapist made.
		if (!codesInOrder(keptBefore).equals(codesInOrder(keptAfter))) {
			changes.add(new ProgramChange(ProgramChangeKind.EXERCISES_REORDERED, stage, "Reordered " + where + ": "
					+ after.exercises().stream().map((e) -> e.exercise().name()).collect(Collectors.joining(", "))
					+ "."));
		}
		for (PrescribedExercise now : keptAfter) {
			Optional<PrescribedExercise> earlier = before.find(now.code());
			if (earlier.isEmpty()) {
				continue;
			}
			String name = now.exercise().name();
			if (!earlier.get().dosage().equals(now.dosage())) {
				changes.add(new ProgramChange(ProgramChangeKind.DOSAGE_CHANGED, stage,
						"Changed the dosage of " + name + " in " + where + " from \""
								+ earlier.get().dosage().inPlainWords() + "\" to \"" + now.dosage().inPlainWords()
								+ "\"."));
			}
			if (!earlier.get().note().equals(now.note())) {
				changes.add(new ProgramChange(ProgramChangeKind.EXERCISE_NOTE_CHANGED, stage,
						now.note().isEmpty() ? "Removed the note on " + name + " in " + where + "."
								: "Changed the note on " + name + " in " + where + " to \"" + now.note() + "\"."));
			}
		}
		if (!before.advice().equals(after.advice())) {
			changes.add(new ProgramChange(ProgramChangeKind.STAGE_ADVICE_CHANGED, stage,
					"Changed the advice for " + where + "."));
		}
	}

	private static Set<ExerciseCode> codes(List<PrescribedExercise> exercises) {
		return exercises.stream().map(PrescribedExercise::code).collect(Collectors.toSet());
	}

	private static List<ExerciseCode> codesInOrder(List<PrescribedExercise> exercises) {
		return exercises.stream().map(PrescribedExercise::code).toList();
	}

}
