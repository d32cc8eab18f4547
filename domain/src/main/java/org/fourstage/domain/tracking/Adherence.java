package org.fourstage.domain.tracking;

import java.util.Locale;
import java.util.Optional;

/**
 * How much of the prescribed work a patient did over a window: sessions done divided by
 * sessions prescribed. A partly-done session counts by the share of its exercises done
 * (see {@link LoggedSession#doneShare()}), so sessions done may be a fraction such as
 * 8.5. Sessions beyond the prescription count as done, not as extra credit, so adherence
 * is always between 0 and 100 %. Without any prescribed session there is no figure at all
 * ({@link #over(double, int)} is empty) rather than a misleading 0 or 100 %.
 *
 * @param sessionsDone sessions logged in the window, partly-done ones by their share; 0
 * or more
 * @param sessionsPrescribed sessions the program asked for in the window; 1 or more
 */
public record Adherence(double sessionsDone, int sessionsPrescribed) {

	// Shares of partly-done sessions add up as doubles (1/3 + 2/3); a tiny tolerance
	// keeps
	// a sum that is exactly on a threshold from falling off it through rounding noise.
	private static final double TOLERANCE = 1e-9;

	public Adherence {
		if (!(sessionsDone >= 0) || Double.isInfinite(sessionsDone)) {
			throw new IllegalArgumentException("Sessions done cannot be negative");
		}
		if (sessionsPrescribed < 1) {
			throw new IllegalArgumentException("Adherence needs at least one prescribed session");
		}
	}

	/**
	 * Adherence over a window.
	 * @param sessionsDone sessions logged, partly-done ones by their share; 0 or more
	 * @param sessionsPrescribed sessions prescribed; 0 or more
	 * @return the adherence, or empty when nothing was prescribed
	 */
	public static Optional<Adherence> over(double sessionsDone, int sessionsPrescribed) {
		if (!(sessionsDone >= 0) || sessionsPrescribed < 0) {
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
		return (int) Math.floor(percent() + TOLERANCE);
	}

	/**
	 * Whether adherence reaches a threshold, compared exactly (no rounding beyond the
	 * noise of adding shares).
	 * @param thresholdPercent 0 to 100
	 * @return true when at least that share of sessions was done
	 */
	public boolean reaches(int thresholdPercent) {
		return 100.0 * countedDone() >= (double) thresholdPercent * this.sessionsPrescribed - TOLERANCE;
	}

	private double countedDone() {
		return Math.min(this.sessionsDone, this.sessionsPrescribed);
	}

	/**
	 * Sessions done as people read them: whole numbers without decimals, shares to one
	 * decimal.
	 * @return e.g. "12" or "8.5"
	 */
	public String sessionsDoneText() {
		double rounded = Math.round(this.sessionsDone * 10) / 10.0;
		if (rounded == Math.rint(rounded)) {
			return String.valueOf((long) rounded);
		}
		return String.format(Locale.ROOT, "%.1f", rounded);
	}

	@Override
	public String toString() {
		return wholePercent() + " % (" + sessionsDoneText() + " of " + this.sessionsPrescribed + " sessions)";
	}

}
