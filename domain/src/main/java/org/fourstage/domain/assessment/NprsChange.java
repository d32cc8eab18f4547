package org.fourstage.domain.assessment;

import java.math.BigDecimal;

import org.fourstage.domain.instrument.NumericPainRatingScale;
import org.fourstage.domain.instrument.ScoreChange;

/**
 * How one pain rating moved between two assessments.
 *
 * @param measure which rating
 * @param before the earlier rating
 * @param after the later rating
 */
public record NprsChange(NprsMeasure measure, Nprs before, Nprs after) {

	/**
	 * The change in points; negative means less pain.
	 * @return after minus before
	 */
	public int points() {
		return this.before.changeTo(this.after);
	}

	/**
	 * Whether the change is big enough to matter to the patient, in either direction. The
	 * threshold (2 points or 30 %) comes from the pain rating instrument, so assessments
	 * and questionnaires never disagree about it.
	 * @return true when the change is clinically important
	 */
	public boolean isImportant() {
		return asScoreChange().important();
	}

	public ScoreChange asScoreChange() {
		return ScoreChange.between(NumericPainRatingScale.DEFINITION, BigDecimal.valueOf(this.before.value()),
				BigDecimal.valueOf(this.after.value()));
	}

}
