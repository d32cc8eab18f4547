package org.fourstage.seeds.format;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseSide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DosageNotationTest {

	@Test
	void readsEveryPartBySeedKey() {
		Dosage dosage = DosageNotation.parse(
				"sets=2, reps=8, holdSeconds=5, restSeconds=10, rounds=3, effortPercent=30, timesPerDay=2, daysPerWeek=5, durationMinutes=4, side=alternating");
		assertThat(dosage).isEqualTo(new Dosage(2, 8, 5, 10, 3, 30, 2, 5, 4, ExerciseSide.ALTERNATING));
	}

	@ParameterizedTest
	@ValueSource(strings = { "weight=5", "reps=ten", "reps=8, reps=9", "side=UP", "reps", "reps=0" })
	void refusesUnknownRepeatedMalformedOrOutOfBoundsParts(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> DosageNotation.parse(text));
	}

}
