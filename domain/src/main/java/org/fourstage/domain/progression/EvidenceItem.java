package org.fourstage.domain.progression;

/**
 * A piece of data the {@link ProgressionAdvisor} needs. When one is missing the advisor
 * names it instead of guessing, so the physiotherapist knows what to record.
 */
public enum EvidenceItem {

	SEVEN_DAY_AVERAGE_PAIN("7-day average pain (daily check-ins)"),

	STAGE_START_PAIN("pain when the stage began"),

	DAYS_WITHOUT_FLARE_UP("days since the last flare-up"),

	ADHERENCE("adherence (sessions done against sessions prescribed)"),

	SIDE_BEND_LEFT("side-bend re-check, left"),

	SIDE_BEND_RIGHT("side-bend re-check, right"),

	FORWARD_BEND("forward-bend re-check"),

	ENDURANCE_HOLD_SECONDS("prone endurance hold, seconds"),

	ENDURANCE_HOLD_CRAMP("whether the endurance hold cramped"),

	RED_FLAG_CHECK("red-flag check since the last review"),

	NEUROLOGICAL_CHECK("neurological check since the last review");

	private final String label;

	EvidenceItem(String label) {
		this.label = label;
	}

	/**
	 * The item in plain words.
	 * @return e.g. "forward-bend re-check"
	 */
	public String label() {
		return this.label;
	}

}
