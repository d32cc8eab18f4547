package org.fourstage.domain.assessment;

import java.util.Locale;

/**
 * Signs that the back pain may have a serious cause that needs a doctor before exercise
 * therapy. Pages word each by its message key ({@link #messageKey()}).
 */
public enum RedFlag {

	/** A recent fall, accident or heavy blow. */
	SIGNIFICANT_RECENT_TRAUMA,

	/** Fever, chills or feeling very unwell. */
	FEVER_OR_UNWELL,

	/** Weight loss without a known cause. */
	UNEXPLAINED_WEIGHT_LOSS,

	/** A past cancer, a serious infection or a weakened immune system. */
	CANCER_INFECTION_OR_IMMUNE_SUPPRESSION,

	/** New trouble controlling the bladder or bowel. */
	NEW_BLADDER_OR_BOWEL_PROBLEM,

	/** Leg weakness, numbness or clumsiness that is getting worse. */
	PROGRESSIVE_NEUROLOGICAL_LOSS,

	/** Numbness in the saddle area. */
	SADDLE_NUMBNESS,

	/** Steroid medicines taken for a long time. */
	LONG_TERM_STEROID_USE,

	/** Severe pain at night that no position relieves. */
	SEVERE_NIGHT_PAIN_NOT_EASED_BY_POSITION;

	/**
	 * The message key for the description.
	 * @return for example {@code redflag.saddle-numbness}
	 */
	public String messageKey() {
		return "redflag." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
