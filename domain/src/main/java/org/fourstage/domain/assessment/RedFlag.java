package org.fourstage.domain.assessment;

import java.util.Locale;

/**
 * Signs that the back pain may have a serious cause that needs a doctor before exercise
 * therapy. Each carries a short description in plain words for the physio's screen.
 */
public enum RedFlag {

	SIGNIFICANT_RECENT_TRAUMA("A recent fall, accident or heavy blow"),

	FEVER_OR_UNWELL("Fever, chills, or feeling very unwell"),

	UNEXPLAINED_WEIGHT_LOSS("Weight loss without a known cause"),

	CANCER_INFECTION_OR_IMMUNE_SUPPRESSION("A past cancer, a serious infection, or a weakened immune system"),

	NEW_BLADDER_OR_BOWEL_PROBLEM("New trouble controlling the bladder or bowel"),

	PROGRESSIVE_NEUROLOGICAL_LOSS("Leg weakness, numbness or clumsiness that is getting worse"),

	SADDLE_NUMBNESS("Numbness around the seat area, where one sits on a saddle"),

	LONG_TERM_STEROID_USE("Steroid medicines taken for a long time"),

	SEVERE_NIGHT_PAIN_NOT_EASED_BY_POSITION("Severe pain at night that no position relieves");

	private final String description;

	RedFlag(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

	/**
	 * The message key for the description.
	 * @return for example {@code redflag.saddle-numbness}
	 */
	public String messageKey() {
		return "redflag." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
