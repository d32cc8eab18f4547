package org.fourstage.domain.tracking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Stage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.fourstage.domain.tracking.TrackingTestData.day;
import static org.fourstage.domain.tracking.TrackingTestData.session;

class SessionLogTest {

	// Monday, Wednesday, Friday from day 1 (a Monday) to day 21: three weeks of 3
	// sessions
	private final PrescribedDays mondayWednesdayFriday = PrescribedDays
		.weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), day(1), day(21));

	@Test
	void countsAPartlyDoneSessionByItsShareOfExercises() {
		// week 1: one full session, one with 1 of 2 exercises done: (1 + 0.5) / 3 = 50 %
		SessionLog log = new SessionLog(List.of(session(1, 1.0), session(3, 0.5)), this.mondayWednesdayFriday);

		AdherenceWindow week = log.perWeek(day(1), day(7)).get(0);

		assertThat(week.sessionsDone()).isEqualTo(1.5);
		assertThat(week.sessionsPrescribed()).isEqualTo(3);
		assertThat(week.adherence().orElseThrow().percent()).isEqualTo(50.0);
		assertThat(week.adherence().orElseThrow()).hasToString("50 % (1.5 of 3 sessions)");
	}

	@Test
	void aKeptSessionCountsTheMeanShareOfItsExercisesWithAPartlyDoneOneByItsSets() {
		// done (1), 2 of 3 sets (2/3), skipped (0): (1 + 2/3 + 0) / 3 = 5/9
		Amount threeSets = new Amount(3, 10, null);
		SessionEntry entry = new SessionEntry(day(3),
				List.of(new SessionExercise(ExerciseCode.of("pelvic-tilt"), Completion.DONE, threeSets, threeSets),
						new SessionExercise(ExerciseCode.of("knee-rolls"), Completion.PARTLY, threeSets,
								new Amount(2, 10, null)),
						new SessionExercise(ExerciseCode.of("bird-dog"), Completion.SKIPPED, threeSets, Amount.NONE)),
				4, 3, 5, "");
		UUID id = UUID.randomUUID();
		ExerciseSession kept = new ExerciseSession(id, new PatientId(UUID.randomUUID()), UUID.randomUUID(),
				Stage.CALM_AND_UNLOAD, entry, new RecordedBy(new AccountId(UUID.randomUUID()), Role.PATIENT),
				Instant.EPOCH, Instant.EPOCH);

		LoggedSession session = LoggedSession.of(kept);

		assertThat(session.doneShare()).isCloseTo(5 / 9.0, within(1e-12));
		assertThat(session.entry()).isEqualTo(new EntryRef(EntryKind.EXERCISE_SESSION, id, day(3)));
	}

	@Test
	void aWeekWithNothingPrescribedHasNoFigureNeitherZeroNorOneHundred() {
		PrescribedDays onlyWeekOne = PrescribedDays.weekly(Set.of(DayOfWeek.MONDAY), day(1), day(7));
		SessionLog log = new SessionLog(List.of(session(1, 1.0), session(9, 1.0)), onlyWeekOne);

		List<AdherenceWindow> weeks = log.perWeek(day(1), day(14));

		assertThat(weeks).hasSize(2);
		assertThat(weeks.get(0).adherence()).map(Adherence::wholePercent).contains(100);
		assertThat(weeks.get(1).sessionsPrescribed()).isZero();
		assertThat(weeks.get(1).adherence()).isEmpty();
	}

	@Test
	void splitsIntoProgramWeeksAndCountsAWeekUnderWayUpToToday() {
		// up to day 10 (Wednesday of week 2): week 2 has Monday and Wednesday prescribed
		SessionLog log = new SessionLog(List.of(session(1, 1), session(3, 1), session(5, 1), session(8, 1)),
				this.mondayWednesdayFriday);

		List<AdherenceWindow> weeks = log.perWeek(day(1), day(10));

		assertThat(weeks).extracting(AdherenceWindow::from).containsExactly(day(1), day(8));
		assertThat(weeks.get(1).to()).isEqualTo(day(10));
		assertThat(weeks.get(0).adherence().orElseThrow().wholePercent()).isEqualTo(100);
		assertThat(weeks.get(1).sessionsPrescribed()).isEqualTo(2);
		assertThat(weeks.get(1).adherence().orElseThrow().wholePercent()).isEqualTo(50);
	}

	@Test
	void aSessionOnAnUnprescribedDayCountsButNeverAboveOneHundredPercent() {
		// Tuesday, Thursday, Saturday, Sunday in week 1 against 3 prescribed: 4 of 3 ->
		// 100 %
		SessionLog log = new SessionLog(List.of(session(2, 1), session(4, 1), session(6, 1), session(7, 1)),
				this.mondayWednesdayFriday);

		AdherenceWindow week = log.between(day(1), day(7));

		assertThat(week.sessionsDone()).isEqualTo(4.0);
		assertThat(week.adherence().orElseThrow().percent()).isEqualTo(100.0);
	}

	@Test
	void sharesThatAddUpToAThresholdReachIt() {
		// 0.1 ten times is not exactly 1.0 in doubles; 6 sessions of 10 -> exactly 60 %
		List<LoggedSession> sessions = new java.util.ArrayList<>();
		for (int i = 0; i < 10; i++) {
			sessions.add(session(1, 0.1));
		}
		for (int i = 0; i < 5; i++) {
			sessions.add(session(2 + i, 1));
		}
		PrescribedDays tenDays = PrescribedDays.weekly(Set.of(DayOfWeek.values()), day(1), day(10));

		Adherence adherence = new SessionLog(sessions, tenDays).between(day(1), day(10)).adherence().orElseThrow();

		assertThat(adherence.reaches(60)).isTrue();
		assertThat(adherence.wholePercent()).isEqualTo(60);
		assertThat(adherence.reaches(61)).isFalse();
	}

	@Test
	void refusesSharesOffTheScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> session(1, 1.01));
		assertThatIllegalArgumentException().isThrownBy(() -> session(1, -0.1));
	}

}
