package org.fourstage.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.validation.Validated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SessionEntryTest {

	private static final EntryDating PATIENT = new EntryDating(Role.PATIENT, Instant.parse("2026-11-21T10:00:00Z"),
			ZoneOffset.UTC);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static final ExerciseCode BRIDGE = ExerciseCode.of("glute-bridge");

	@Test
	void aPartlyDoneExerciseCountsByTheShareOfItsPrescribedSets() {
		// 2 of 3 sets: 2/3; more sets than prescribed count as all of them.
		assertThat(partly(new Amount(3, 10, 5), new Amount(2, 10, 5)).shareDone()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(partly(new Amount(3, 10, 5), new Amount(4, 10, 5)).shareDone()).isEqualTo(1.0);
	}

	@Test
	void withoutSetsAPartlyDoneExerciseCountsByRepsThenHoldThenHalf() {
		assertThat(partly(new Amount(null, 10, null), new Amount(null, 4, null)).shareDone()).isEqualTo(0.4);
		assertThat(partly(new Amount(null, null, 30), new Amount(null, null, 15)).shareDone()).isEqualTo(0.5);
		assertThat(partly(Amount.NONE, Amount.NONE).shareDone()).isEqualTo(0.5);
	}

	@Test
	void aSessionCountsByTheMeanShareOfItsExercises() {
		// done 1 + partly 1 of 2 sets 0.5 + skipped 0 = 1.5 of 3 exercises = 0.5
		SessionEntry entry = new SessionEntry(TODAY,
				List.of(new SessionExercise(BRIDGE, Completion.DONE, new Amount(2, 10, null), new Amount(2, 10, null)),
						new SessionExercise(ExerciseCode.of("bird-dog"), Completion.PARTLY, new Amount(2, 8, 5),
								new Amount(1, 8, 5)),
						new SessionExercise(ExerciseCode.of("clamshell"), Completion.SKIPPED, new Amount(2, 10, null),
								new Amount(2, 10, null))),
				4, 3, 5, "");

		assertThat(entry.shareDone()).isEqualTo(0.5);
		assertThat(entry.exercises().get(2).done()).isEqualTo(Amount.NONE);
	}

	@Test
	void namesEveryWrongFieldOfATypedSession() {
		Validated<SessionEntry> checked = SessionEntry.validate(PATIENT, TODAY.plusDays(1),
				List.of(new SessionLine(BRIDGE, new Amount(2, 10, null), null, 21, -1, 3601)), 11, null, -1,
				"<script>");

		assertThat(checked.isValid()).isFalse();
		assertThat(checked.violations().errors()).extracting((error) -> error.field() + " " + error.code())
			.containsExactly("performedOn tracking.date.future", "exercises[0].completion validation.required",
					"exercises[0].sets tracking.sets.range", "exercises[0].reps tracking.reps.range",
					"exercises[0].holdSeconds tracking.hold.range", "painBefore tracking.score.range",
					"painAfter validation.required", "difficulty tracking.score.range", "note tracking.text.markup");
	}

	@Test
	void acceptsATypedSessionAndRefusesOneWithoutExercises() {
		Validated<SessionEntry> checked = SessionEntry.validate(PATIENT, TODAY,
				List.of(new SessionLine(BRIDGE, new Amount(2, 10, null), Completion.DONE, 2, 10, null)), 0, 10, 5,
				"  fine  ");

		assertThat(checked.value().note()).isEqualTo("fine");
		assertThat(SessionEntry.validate(PATIENT, TODAY, List.of(), 0, 0, 0, null).violations().fields())
			.containsExactly("exercises");
	}

	private static SessionExercise partly(Amount prescribed, Amount done) {
		return new SessionExercise(BRIDGE, Completion.PARTLY, prescribed, done);
	}

}
