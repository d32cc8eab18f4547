package org.fourstage.web.patient;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseSide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseTimerTest {

	@Test
	void countsTheRoundsOfAHoldAndRestCycle() {
		Dosage holds = Dosage.builder().rounds(5).holdSeconds(8).restSeconds(5).effortPercent(25).build();

		assertThat(ExerciseTimer.of(holds)).isEqualTo(new ExerciseTimer(8, 5, 5, 0));
	}

	@Test
	void holdsOncePerRepetitionWhenNoRoundsArePrescribed() {
		Dosage bridge = Dosage.builder().sets(2).reps(10).holdSeconds(5).build();

		assertThat(ExerciseTimer.of(bridge)).isEqualTo(new ExerciseTimer(5, 0, 10, 0));
	}

	@Test
	void holdsOncePerSideForASingleHoldOnEachSide() {
		Dosage release = Dosage.builder().holdSeconds(30).side(ExerciseSide.BOTH).build();

		assertThat(ExerciseTimer.of(release)).isEqualTo(new ExerciseTimer(30, 0, 2, 0));
	}

	@Test
	void timesAWalkByItsMinutes() {
		Dosage walk = Dosage.builder().durationMinutes(5).timesPerDay(4).build();

		assertThat(ExerciseTimer.of(walk)).isEqualTo(new ExerciseTimer(0, 0, 1, 300));
	}

	@Test
	void offersNoTimerForCountedRepetitions() {
		Dosage tilts = Dosage.builder().sets(2).reps(10).build();

		assertThat(ExerciseTimer.of(tilts)).isNull();
	}

}
