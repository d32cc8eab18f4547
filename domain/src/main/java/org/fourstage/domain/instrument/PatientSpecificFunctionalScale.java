package org.fourstage.domain.instrument;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The patient-specific functional scale: the patient names three to five activities that
 * the back makes hard and rates each from 0 (cannot do it) to 10 (as before the problem).
 * The same activities are re-rated at follow-up. Score = mean of the rated activities,
 * one decimal (see {@link MeanScore}). Higher is better.
 */
public final class PatientSpecificFunctionalScale {

	public static final InstrumentId ID = InstrumentId.of("psfs");

	public static final int MIN_ACTIVITIES = 3;

	public static final int MAX_ACTIVITIES = 5;

	public static final List<String> ACTIVITIES = IntStream.rangeClosed(1, MAX_ACTIVITIES)
		.mapToObj((n) -> "activity-" + n)
		.toList();

	/** Our own wording, the same for every activity the patient names. */
	public static final String PROMPT = "How well can you do this activity today? "
			+ "0 means you cannot do it at all, 10 means as well as before your back problem.";

	public static final InstrumentDefinition DEFINITION = new InstrumentDefinition(ID, "1",
			"Patient-specific functional scale",
			"Stratford P, Gill C, Westaway M, Binkley J. Physiotherapy Canada 1995;47(4):258-263",
			ACTIVITIES.stream()
				.map((id) -> Item.rating(id, "Activity " + id.substring(id.indexOf('-') + 1), 0, 10)
					.namedByThePatient())
				.toList(),
			new MeanScore(MIN_ACTIVITIES), new NoBands(), BetterWhen.HIGHER,
			ImportantChange.ofPoints(2,
					"Abbott JH, Schmitt JM. J Orthop Sports Phys Ther 2014;44(8):560-564; "
							+ "Stratford P, et al. Physiotherapy Canada 1995;47(4):258-263"),
			ACTIVITIES.stream().collect(Collectors.toMap(Function.identity(), (id) -> PROMPT)));

	private PatientSpecificFunctionalScale() {
	}

}
