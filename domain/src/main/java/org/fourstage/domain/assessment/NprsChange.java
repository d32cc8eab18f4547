package org.fourstage.domain.assessment;

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
	 * Whether the change is big enough to matter to the patient: at least 2 points or at
	 * least 30 % of the earlier rating, in either direction (Ostelo et al., Spine 2008).
	 * @return true when the change is clinically important
	 */
	public boolean isImportant() {
		int size = Math.abs(points());
		return size >= 2 || (this.before.value() > 0 && size * 100 >= 30 * this.before.value());
	}

}
