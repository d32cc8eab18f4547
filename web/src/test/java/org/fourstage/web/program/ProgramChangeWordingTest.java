package org.fourstage.web.program;

import java.util.List;
import java.util.Locale;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ProgramChange;
import org.fourstage.domain.program.ProgramChangeKind;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.support.DosageWording;
import org.fourstage.web.support.Wording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes between program versions read as the version history shows them, worded through
 * the application's messages from the kinds the domain stores.
 */
class ProgramChangeWordingTest {

	private static final Stage ONE = Stage.CALM_AND_UNLOAD;

	private static final Stage THREE = Stage.STRENGTHEN_AND_COORDINATE;

	private final ProgramChangeWording wording = new ProgramChangeWording(new Wording(messages()),
			new DosageWording(new Wording(messages())));

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	private String of(ProgramChangeKind kind, Stage stage, String... texts) {
		return this.wording.of(new ProgramChange(kind, stage, List.of(texts), List.of()));
	}

	@Test
	void wordsAnAddedExerciseWithItsDosage() {
		ProgramChange added = new ProgramChange(ProgramChangeKind.EXERCISE_ADDED, THREE,
				List.of("Side-lying clamshell"), List.of(Dosage.builder().sets(2).reps(10).build()));

		assertThat(this.wording.of(added)).isEqualTo("Added Side-lying clamshell to Stage 3: 2 sets of 10.");
	}

	@Test
	void wordsARemovalAndAReorder() {
		assertThat(of(ProgramChangeKind.EXERCISE_REMOVED, THREE, "Glute bridge"))
			.isEqualTo("Removed Glute bridge from Stage 3.");
		assertThat(of(ProgramChangeKind.EXERCISES_REORDERED, THREE, "Bird-dog", "Glute bridge"))
			.isEqualTo("Reordered Stage 3: Bird-dog, Glute bridge.");
	}

	@Test
	void wordsADosageChangeFromOldToNewInPlainWords() {
		ProgramChange changed = new ProgramChange(ProgramChangeKind.DOSAGE_CHANGED, THREE, List.of("Glute bridge"),
				List.of(Dosage.builder().sets(2).reps(8).holdSeconds(3).build(),
						Dosage.builder().sets(3).reps(10).holdSeconds(5).build()));

		assertThat(this.wording.of(changed)).isEqualTo(
				"Changed the dosage of Glute bridge in Stage 3 from \"2 sets of 8, hold 3 seconds\" to \"3 sets of 10, hold 5 seconds\".");
	}

	@Test
	void wordsGoalNoteAdviceAndProgramNotes() {
		assertThat(of(ProgramChangeKind.STAGE_GOAL_CHANGED, ONE, "Goal 1", "Sleep through the night"))
			.isEqualTo("Changed the goal of Stage 1 from \"Goal 1\" to \"Sleep through the night\".");
		assertThat(of(ProgramChangeKind.STAGE_ADVICE_CHANGED, Stage.RESTORE_MOBILITY))
			.isEqualTo("Changed the advice for Stage 2.");
		assertThat(of(ProgramChangeKind.EXERCISE_NOTE_CHANGED, THREE, "Glute bridge", "Small range"))
			.isEqualTo("Changed the note on Glute bridge in Stage 3 to \"Small range\".");
		assertThat(of(ProgramChangeKind.PROGRAM_NOTES_CHANGED, null, "Night shifts"))
			.isEqualTo("Changed the program notes to \"Night shifts\".");
	}

	@Test
	void wordsNotesSetToEmptyAsRemoved() {
		assertThat(of(ProgramChangeKind.EXERCISE_NOTE_CHANGED, THREE, "Glute bridge", ""))
			.isEqualTo("Removed the note on Glute bridge in Stage 3.");
		assertThat(of(ProgramChangeKind.PROGRAM_NOTES_CHANGED, null, "")).isEqualTo("Removed the program notes.");
	}

	@Test
	void keepsWhatTheUserWroteAsItIsEvenWithBracesOrQuotes() {
		assertThat(of(ProgramChangeKind.PROGRAM_NOTES_CHANGED, null, "Don't lift {0} kg"))
			.isEqualTo("Changed the program notes to \"Don't lift {0} kg\".");
	}

	@Test
	void showsASentenceStoredBeforeChangesWereKeptAsKindsAsItIs() {
		assertThat(of(ProgramChangeKind.LEGACY_TEXT, ONE, "Removed Knee rolls from Stage 1."))
			.isEqualTo("Removed Knee rolls from Stage 1.");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
