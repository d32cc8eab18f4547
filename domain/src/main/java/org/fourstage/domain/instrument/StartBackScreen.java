package org.fourstage.domain.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The STarT Back screening tool: nine items; items 1 to 8 score 1 for agree and 0 for
 * disagree; item 9 has five levels of which only the two highest score 1. Total 0 to 9;
 * the psychosocial subscale is items 5 to 9. Risk: total 3 or less is low; otherwise a
 * subscale of 4 or more is high, and the rest medium (see {@link StartBackRiskBands}).
 * <p>
 * The item wording is © Keele University and is not shipped; the topics are our own short
 * labels, and the wording can be attached from an imported file.
 */
public final class StartBackScreen {

	public static final InstrumentId ID = InstrumentId.of("start-back");

	public static final String PSYCHOSOCIAL = "psychosocial";

	public static final List<String> ITEMS = List.of("leg-pain", "neck-or-shoulder-pain", "walking", "dressing",
			"fear-of-activity", "worry", "catastrophising", "enjoyment", "bothersomeness");

	private static final List<String> TOPICS = List.of("Leg pain", "Neck or shoulder pain", "Walking", "Dressing",
			"Fear of activity", "Worry", "Outlook", "Enjoyment", "Bothersomeness");

	/** The five response words of item 9, from level 1 to level 5. */
	public static final List<String> BOTHERSOMENESS_WORDS = List.of("Not at all", "Slightly", "Moderately", "Very much",
			"Extremely");

	/** The value stored for "disagree" on items 1 to 8. */
	public static final int DISAGREE = 0;

	/** The value stored for "agree" on items 1 to 8. */
	public static final int AGREE = 1;

	public static final InstrumentDefinition DEFINITION = build();

	private StartBackScreen() {
	}

	private static InstrumentDefinition build() {
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			items.add(new Item(ITEMS.get(i), TOPICS.get(i),
					List.of(new ResponseOption(DISAGREE, 0, "Disagree"), new ResponseOption(AGREE, 1, "Agree")),
					false));
		}
		// Item 9 is stored as its level 1-5; only levels 4 and 5 count towards the score.
		// The labels are the plain words of the paper form's five-point scale, so the
		// physio copies the ticked word without translating it into a level.
		List<ResponseOption> levels = new ArrayList<>();
		for (int level = 1; level <= BOTHERSOMENESS_WORDS.size(); level++) {
			levels.add(new ResponseOption(level, (level >= 4) ? 1 : 0, BOTHERSOMENESS_WORDS.get(level - 1)));
		}
		items.add(new Item(ITEMS.get(8), TOPICS.get(8), levels, false));
		return new InstrumentDefinition(ID, "1", "STarT Back screening tool",
				"Hill JC, Dunn KM, Lewis M, et al. Arthritis Rheum 2008;59(5):632-641", items,
				new SumScore(ITEMS.size(),
						List.of(new Subscale(PSYCHOSOCIAL, "Psychosocial", ITEMS.subList(4, ITEMS.size())))),
				new StartBackRiskBands(PSYCHOSOCIAL, 3, 4), BetterWhen.LOWER, null, Map.of());
	}

}
