package org.fourstage.domain.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How one questionnaire moved between two assessments: the earlier and later outcome, the
 * change of the total with whether it reaches the instrument's important difference, the
 * change of each subscale, and whether the band (for STarT Back, the risk group) changed.
 * Where the instrument has no important difference in points, as STarT Back, a change of
 * band is what counts.
 *
 * @param definition the instrument
 * @param before the earlier outcome, none when it was not entered
 * @param after the later outcome, none when it was not entered
 * @param total the change of the total, none unless both sides were scored
 * @param subscales the change of each subscale by id, empty unless both sides were scored
 */
public record QuestionnaireComparison(InstrumentDefinition definition, @Nullable ScoreOutcome before,
		@Nullable ScoreOutcome after, @Nullable ScoreChange total, Map<String, ScoreChange> subscales) {

	public QuestionnaireComparison {
		subscales = Map.copyOf(subscales);
	}

	/**
	 * Compares two outcomes of one instrument.
	 * @param definition the instrument
	 * @param before the earlier outcome, or null when not entered
	 * @param after the later outcome, or null when not entered
	 * @return the comparison
	 */
	public static QuestionnaireComparison of(InstrumentDefinition definition, @Nullable ScoreOutcome before,
			@Nullable ScoreOutcome after) {
		if (!(before instanceof Scored earlier) || !(after instanceof Scored later)) {
			return new QuestionnaireComparison(definition, before, after, null, Map.of());
		}
		Map<String, ScoreChange> subscales = new LinkedHashMap<>();
		earlier.subscales().forEach((id, score) -> {
			if (later.subscales().containsKey(id)) {
				// A subscale has no published important difference of its own.
				subscales.put(id, ScoreChange.between(definition.betterWhen(), null, score, later.subscale(id)));
			}
		});
		return new QuestionnaireComparison(definition, before, after, ScoreChange.between(definition, earlier, later),
				subscales);
	}

	/**
	 * Whether both sides have a score, so a change can be given.
	 * @return true when both were scored
	 */
	public boolean comparable() {
		return this.total != null;
	}

	/**
	 * Whether the instrument judges change by its band rather than by points, as STarT
	 * Back does with its risk groups.
	 * @return true when there is no important difference in points
	 */
	public boolean judgedByBand() {
		return this.definition.importantChange() == null;
	}

	public @Nullable Band bandBefore() {
		return (this.before instanceof Scored scored) ? scored.band() : null;
	}

	public @Nullable Band bandAfter() {
		return (this.after instanceof Scored scored) ? scored.band() : null;
	}

	/**
	 * Whether both sides fall in a band and the bands differ.
	 * @return true when the band changed
	 */
	public boolean bandChanged() {
		Band earlier = bandBefore();
		Band later = bandAfter();
		return earlier != null && later != null && !Objects.equals(earlier.id(), later.id());
	}

	/**
	 * Whether the change matters: the important difference in points or percent where the
	 * instrument has one, otherwise a change of band.
	 * @return true for an important change
	 */
	public boolean important() {
		if (this.total == null) {
			return false;
		}
		return judgedByBand() ? bandChanged() : this.total.important();
	}

}
