package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The disability index in the Oswestry form, version 2.1a: ten sections scored 0 to 5,
 * each may be skipped; score = sum ÷ (5 × answered) × 100, as a whole percent (see
 * {@link PercentOfMaximum}). Lower is better.
 * <p>
 * Only structure, scoring and our own topic labels are shipped. The section wording is ©
 * Jeremy Fairbank, licensed through Mapi Research Trust, and is attached from an imported
 * file where a clinic holds a licence.
 * <p>
 * The fewest answered sections that still give a score is a clinic setting, 8 by default.
 */
public final class DisabilityIndex {

	public static final InstrumentId ID = InstrumentId.of("disability-index");

	public static final String VERSION = "2.1a";

	public static final int DEFAULT_MINIMUM_ANSWERED = 8;

	public static final List<String> SECTIONS = List.of("pain-intensity", "personal-care", "lifting", "walking",
			"sitting", "standing", "sleeping", "sex-life", "social-life", "travelling");

	private static final List<String> TOPICS = List.of("Pain intensity", "Personal care", "Lifting", "Walking",
			"Sitting", "Standing", "Sleeping", "Sex life", "Social life", "Travelling");

	public static final Band MINIMAL = new Band("minimal", "Minimal disability");

	public static final Band MODERATE = new Band("moderate", "Moderate disability");

	public static final Band SEVERE = new Band("severe", "Severe disability");

	public static final Band CRIPPLING = new Band("crippling", "Crippling disability");

	public static final Band BED_BOUND = new Band("bed-bound", "Bed-bound");

	public static final InstrumentDefinition DEFINITION = definition(DEFAULT_MINIMUM_ANSWERED);

	private DisabilityIndex() {
	}

	/**
	 * The definition with a clinic's own minimum of answered sections.
	 * @param minimumAnswered 1 to 10
	 * @return the definition
	 */
	public static InstrumentDefinition definition(int minimumAnswered) {
		if (minimumAnswered < 1 || minimumAnswered > SECTIONS.size()) {
			throw new IllegalArgumentException("The minimum of answered sections is 1 to 10, not " + minimumAnswered);
		}
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < SECTIONS.size(); i++) {
			items.add(Item.rating(SECTIONS.get(i), TOPICS.get(i), 0, 5));
		}
		return new InstrumentDefinition(ID, VERSION, "Disability index (Oswestry form)",
				"Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940-2953", items,
				new PercentOfMaximum(minimumAnswered),
				ScoreBands.of(range(MINIMAL, 0, 20), range(MODERATE, 21,
						40), range(SEVERE, 41, 60), range(CRIPPLING, 61, 80), range(BED_BOUND, 81, 100)),
				BetterWhen.LOWER,
				ImportantChange.ofPointsOrPercent(10, 30, "Ostelo RWJG, Deyo RA, Stratford P, et al. Interpreting "
						+ "change scores for pain and functional status in low back pain. Spine 2008;33(1):90-94"),
				Map.of());
	}

	private static BandRange range(Band band, int from, int to) {
		return new BandRange(band, BigDecimal.valueOf(from), BigDecimal.valueOf(to));
	}

}
