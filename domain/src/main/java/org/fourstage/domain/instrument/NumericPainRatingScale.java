package org.fourstage.domain.instrument;

import java.util.List;
import java.util.Map;

/**
 * The numeric pain rating scale as an instrument: one rating from 0 (no pain) to 10
 * (worst imaginable). Lower is better.
 */
public final class NumericPainRatingScale {

	public static final InstrumentId ID = InstrumentId.of("nprs");

	public static final String ITEM = "pain";

	public static final InstrumentDefinition DEFINITION = new InstrumentDefinition(ID, "1", "Numeric pain rating scale",
			"Childs JD, Piva SR, Fritz JM. Spine 2005;30(11):1331-1334",
			List.of(Item.rating(ITEM, "Pain intensity", 0, 10)), new SingleItemScore(), new NoBands(), BetterWhen.LOWER,
			ImportantChange.ofPointsOrPercent(2, 30,
					"Ostelo RWJG, Deyo RA, Stratford P, et al. Spine 2008;33(1):90-94; "
							+ "Farrar JT, Young JP, LaMoreaux L, et al. Pain 2001;94(2):149-158"),
			Map.of(ITEM, "Rate your pain from 0 (none) to 10 (the worst you can imagine)."));

	private NumericPainRatingScale() {
	}

}
