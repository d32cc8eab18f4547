package org.fourstage.domain.tracking;

import java.util.Optional;

/**
 * How much of the prescribed work a patient did over a window: sessions done divided by
 * sessions prescribed. Sessions beyond the prescription count as done, not as extra
 * credit, so adherence is always between 0 and 100 %. Without any prescribed session
 * there is no figure at all ({@link #over(int, int)} is empty) rather than a misleading 0
 * or 100 %.
 *
 * @param sessionsDone sessions logged in the window; 0 or more
 * @param sessionsPrescribed sessions the program asked for in the window; 1 or more
 */
public record Adherence(int sessionsDone, int sessionsPrescribed) {

	public Adherence {
		if (sessionsDone < 0) {
			throw new IllegalArgumentException("Sessions done cannot be negative");
		}
		if (sessionsPrescribed < 1) {
			throw new IllegalArgumentException("Adherence needs at least one prescribed session");
		}
	}

	/**
	 * Adherence over a window.
	 * @param sessionsDone sessions logged; 0 or more
	 * @param sessionsPrescribed sessions prescribed; 0 or more
	 * @return the adherence, or empty when nothing was prescribed
	 */
	public static Optional<Adherence> over(int sessionsDone, int sessionsPrescribed) {
		if (sessionsDone < 0 || sessionsPrescribed < 0) {
			throw new IllegalArgumentException("Session counts cannot be negative");
		}
		return (sessionsPrescribed == 0) ? Optional.empty()
				: Optional.of(new Adherence(sessionsDone, sessionsPrescribed));
	}

	/**
	 * The exact percentage.
	 * @return 0 to 100
	 */
	public double percent() {
		return 100.0 * countedDone() / this.sessionsPrescribed;
	}

	/**
	 * The percentage shown to people, rounded down to a whole percent. Rounding down
	 * means the figure shown never claims a threshold the patient has not reached: 59.9 %
	 * shows as 59 %, which matches the advisor holding at a 60 % threshold.
	 * @return 0 to 100
	 */
	public int wholePercent() {
		return (int) ((100L * countedDone()) / this.sessionsPrescribed);
	}

	/**
	 * Whether adherence reaches a threshold, compared exactly (no rounding).
	 * @param thresholdPercent 0 to 100
	 * @return true when at least that share of sessions was done
	 */
	public boolean reaches(int thresholdPercent) {
		return 100L * countedDone() >= (long) thresholdPercent * this.sessionsPrescribed;
	}

	private int countedDone() {
		return Math.min(this.sessionsDone, this.sessionsPrescribed);
	}

	@Override
	public String toString() {
		return wholePercent() + " % (" + this.sessionsDone + " of " + this.sessionsPrescribed + " sessions)";
	}

}
