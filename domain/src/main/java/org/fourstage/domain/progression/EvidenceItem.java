package org.fourstage.domain.progression;

/**
 * A piece of data the {@link ProgressionAdvisor} needs. When one is missing the advisor
 * names it instead of guessing, so the physiotherapist knows what to record. The web
 * module words each item as the message {@code advice.evidence.<constant>}.
 */
public enum EvidenceItem {

	SEVEN_DAY_AVERAGE_PAIN,

	STAGE_START_PAIN,

	DAYS_WITHOUT_FLARE_UP,

	ADHERENCE,

	SIDE_BEND_LEFT,

	SIDE_BEND_RIGHT,

	FORWARD_BEND,

	ENDURANCE_HOLD_SECONDS,

	ENDURANCE_HOLD_CRAMP,

	RED_FLAG_CHECK,

	NEUROLOGICAL_CHECK

}
