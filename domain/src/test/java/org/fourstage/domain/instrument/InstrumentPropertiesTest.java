package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that must hold for any answers, checked on answers drawn from seeded random
 * numbers so a failure can be replayed from its seed.
 */
class InstrumentPropertiesTest {

	static LongStream seeds() {
		return LongStream.range(1, 201);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void keepsTheDisabilityScoreBetweenZeroAndOneHundredAndEqualToTheRoundedMean(long seed) {
		Random random = new Random(seed);
		int answered = 8 + random.nextInt(3);
		List<Integer> scores = new ArrayList<>();
		for (int i = 0; i < answered; i++) {
			scores.add(random.nextInt(6));
		}
		Scored scored = (Scored) InstrumentScorer.score(DisabilityIndex.DEFINITION,
				disability(scores, sectionsInRandomOrder(random)));

		assertThat(scored.value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
		int sum = scores.stream().mapToInt(Integer::intValue).sum();
		BigDecimal expected = BigDecimal.valueOf(sum * 20L)
			.divide(BigDecimal.valueOf(answered), 0, RoundingMode.HALF_UP);
		assertThat(scored.value()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void givesTheSameDisabilityScoreWhicheverSectionsAreSkipped(long seed) {
		Random random = new Random(seed);
		int answered = 8 + random.nextInt(2);
		List<Integer> scores = new ArrayList<>();
		for (int i = 0; i < answered; i++) {
			scores.add(random.nextInt(6));
		}

		Scored one = (Scored) InstrumentScorer.score(DisabilityIndex.DEFINITION,
				disability(scores, sectionsInRandomOrder(random)));
		Collections.shuffle(scores, random);
		Scored other = (Scored) InstrumentScorer.score(DisabilityIndex.DEFINITION,
				disability(scores, sectionsInRandomOrder(random)));

		assertThat(one.value()).isEqualByComparingTo(other.value());
		assertThat(one.band()).isEqualTo(other.band());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void keepsTheStartBackSubscaleWithinTheTotalAndTheRiskConsistent(long seed) {
		Random random = new Random(seed);
		List<ItemAnswer> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			answers.add(ItemAnswer.of(StartBackScreen.ITEMS.get(i), random.nextInt(2)));
		}
		answers.add(ItemAnswer.of(StartBackScreen.ITEMS.get(8), 1 + random.nextInt(5)));
		Scored scored = (Scored) InstrumentScorer.score(StartBackScreen.DEFINITION,
				new InstrumentResponse(StartBackScreen.ID, StartBackScreen.DEFINITION.version(), answers));

		BigDecimal subscale = scored.subscale(StartBackScreen.PSYCHOSOCIAL);
		assertThat(subscale).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(5)).isLessThanOrEqualTo(scored.value());
		assertThat(scored.value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(9));
		Band expected = (scored.value().intValue() <= 3) ? StartBackRiskBands.LOW
				: (subscale.intValue() >= 4) ? StartBackRiskBands.HIGH : StartBackRiskBands.MEDIUM;
		assertThat(scored.band()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void keepsThePsfsMeanBetweenTheLowestAndHighestActivity(long seed) {
		Random random = new Random(seed);
		int activities = 3 + random.nextInt(3);
		List<ItemAnswer> answers = new ArrayList<>();
		int lowest = 10;
		int highest = 0;
		for (int i = 0; i < activities; i++) {
			int rating = random.nextInt(11);
			lowest = Math.min(lowest, rating);
			highest = Math.max(highest, rating);
			answers.add(ItemAnswer.namedActivity(PatientSpecificFunctionalScale.ACTIVITIES.get(i), "activity " + i,
					rating));
		}
		Scored scored = (Scored) InstrumentScorer.score(PatientSpecificFunctionalScale.DEFINITION,
				new InstrumentResponse(PatientSpecificFunctionalScale.ID, "1", answers));

		assertThat(scored.value()).isBetween(BigDecimal.valueOf(lowest), BigDecimal.valueOf(highest));
		assertThat(scored.value().scale()).isEqualTo(1);
	}

	private static List<String> sectionsInRandomOrder(Random random) {
		List<String> sections = new ArrayList<>(DisabilityIndex.SECTIONS);
		Collections.shuffle(sections, random);
		return sections;
	}

	/**
	 * Answers the first {@code scores.size()} of {@code sections}; the rest are skipped.
	 */
	private static InstrumentResponse disability(List<Integer> scores, List<String> sections) {
		List<ItemAnswer> answers = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			answers.add((i < scores.size()) ? ItemAnswer.of(sections.get(i), scores.get(i))
					: ItemAnswer.skipped(sections.get(i)));
		}
		return new InstrumentResponse(DisabilityIndex.ID, DisabilityIndex.VERSION, answers);
	}

}
