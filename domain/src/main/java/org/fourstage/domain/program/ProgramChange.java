package org.fourstage.domain.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of a program, as its kind and what it names; the
 * web module words it ("Removed Glute bridge from Stage 3."). The version history lists
 * these, and so does the page that tells a physiotherapist someone else changed the
 * program while they were editing it, so each change must make sense on its own. Changes
 * are stored in this form, so a rewording reaches old versions too.
 *
 * @param kind what sort of edit it was
 * @param stage the stage it concerns, or null for program-wide changes
 * @param texts what the change names, in the order of its kind: exercise names, goals and
 * notes as the physiotherapist wrote them (see {@link ProgramChangeKind})
 * @param dosages the dosages it names: the new one of an added exercise, the old and new
 * one of a dosage change
 */
public record ProgramChange(ProgramChangeKind kind, @Nullable Stage stage, List<String> texts, List<Dosage> dosages) {

	public ProgramChange {
		texts = List.copyOf(texts);
		dosages = List.copyOf(dosages);
	}

	private static ProgramChange of(ProgramChangeKind kind, @Nullable Stage stage, String... texts) {
		return new ProgramChange(kind, stage, List.of(texts), List.of());
	}

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
			changes.add(of(ProgramChangeKind.PROGRAM_NOTES_CHANGED, null, after.notes()));
		}
		return List.copyOf(changes);
	}

	private static void stageChanges(StagePlan before, StagePlan after, List<ProgramChange> changes) {
		Stage stage = after.stage();
		if (!before.goal().equals(after.goal())) {
			changes.add(of(ProgramChangeKind.STAGE_GOAL_CHANGED, stage, before.goal(), after.goal()));
		}
		Set<ExerciseCode> afterCodes = codes(after.exercises());
		Set<ExerciseCode> beforeCodes = codes(before.exercises());
		for (PrescribedExercise removed : before.exercises()) {
			if (!afterCodes.contains(removed.code())) {
				changes.add(of(ProgramChangeKind.EXERCISE_REMOVED, stage, removed.exercise().name()));
			}
		}
		for (PrescribedExercise added : after.exercises()) {
			if (!beforeCodes.contains(added.code())) {
				changes.add(new ProgramChange(ProgramChangeKind.EXERCISE_ADDED, stage, List.of(added.exercise().name()),
						List.of(added.dosage())));
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
			changes.add(new ProgramChange(ProgramChangeKind.EXERCISES_REORDERED, stage,
					after.exercises().stream().map((e) -> e.exercise().name()).toList(), List.of()));
		}
		for (PrescribedExercise now : keptAfter) {
			Optional<PrescribedExercise> earlier = before.find(now.code());
			if (earlier.isEmpty()) {
				continue;
			}
			String name = now.exercise().name();
			if (!earlier.get().dosage().equals(now.dosage())) {
				changes.add(new ProgramChange(ProgramChangeKind.DOSAGE_CHANGED, stage, List.of(name),
						List.of(earlier.get().dosage(), now.dosage())));
			}
			if (!earlier.get().note().equals(now.note())) {
				changes.add(of(ProgramChangeKind.EXERCISE_NOTE_CHANGED, stage, name, now.note()));
			}
		}
		if (!before.advice().equals(after.advice())) {
			changes.add(of(ProgramChangeKind.STAGE_ADVICE_CHANGED, stage));
		}
	}

	private static Set<ExerciseCode> codes(List<PrescribedExercise> exercises) {
		return exercises.stream().map(PrescribedExercise::code).collect(Collectors.toSet());
	}

	private static List<ExerciseCode> codesInOrder(List<PrescribedExercise> exercises) {
		return exercises.stream().map(PrescribedExercise::code).toList();
	}

}
