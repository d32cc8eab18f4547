package org.fourstage.domain.tracking;

import java.util.Collection;

/**
 * How far leg symptoms reached and whether the pain was sharp or shooting: the nerve
 * signs a flare-up is compared on. A nerve sign is pain below the knee, or sharp or
 * shooting pain.
 *
 * @param reach how far down the pain went
 * @param sharpOrShooting whether it was sharp or shooting
 */
public record NerveSigns(LegSymptoms reach, boolean sharpOrShooting) {

	/** Nothing reported. */
	public static final NerveSigns NONE = new NerveSigns(LegSymptoms.NONE, false);

	/**
	 * The signs of a flare-up.
	 * @param flareUp the flare-up
	 * @return its signs
	 */
	public static NerveSigns of(FlareUpEntry flareUp) {
		return new NerveSigns(flareUp.legSymptoms(), flareUp.sharpOrShooting());
	}

	/**
	 * The worst reported so far: the furthest reach of any and sharp or shooting if any
	 * was.
	 * @param earlier the earlier flare-ups
	 * @return the worst, {@link #NONE} when there were none
	 */
	public static NerveSigns worstOf(Collection<FlareUpEntry> earlier) {
		NerveSigns worst = NONE;
		for (FlareUpEntry flareUp : earlier) {
			worst = worst.or(of(flareUp));
		}
		return worst;
	}

	/**
	 * These signs joined with others: the further reach, sharp if either was.
	 * @param other the other signs
	 * @return the worse of both on each count
	 */
	public NerveSigns or(NerveSigns other) {
		LegSymptoms further = (other.reach.compareTo(this.reach) > 0) ? other.reach : this.reach;
		return new NerveSigns(further, this.sharpOrShooting || other.sharpOrShooting);
	}

	/**
	 * Whether there is a nerve sign at all.
	 * @return true for pain below the knee or sharp or shooting pain
	 */
	public boolean any() {
		return this.reach == LegSymptoms.BELOW_THE_KNEE || this.sharpOrShooting;
	}

	/**
	 * Whether these signs are new or worse than those reported before: there is a nerve
	 * sign, and the pain reaches further than before or is sharp or shooting for the
	 * first time.
	 * @param before the worst reported before
	 * @return true when they call for an alert
	 */
	public boolean newOrWorseThan(NerveSigns before) {
		return any() && (this.reach.compareTo(before.reach) > 0 || (this.sharpOrShooting && !before.sharpOrShooting));
	}

}
