package org.fourstage.domain.assessment;

/**
 * How the pain feels, in the patient's words, grouped by what it usually points to.
 */
public enum PainQuality {

	ACHING(PainQualityKind.MUSCLE_TYPE), TIGHT(PainQualityKind.MUSCLE_TYPE), CRAMPING(PainQualityKind.MUSCLE_TYPE),
	PULLING(PainQualityKind.MUSCLE_TYPE), DEEP_DULL(PainQualityKind.MUSCLE_TYPE),

	SHARP(PainQualityKind.NERVE_TYPE), ELECTRIC(PainQualityKind.NERVE_TYPE), SHOOTING(PainQualityKind.NERVE_TYPE),
	BURNING(PainQualityKind.NERVE_TYPE),

	NUMBNESS(PainQualityKind.NEUROLOGICAL_SIGN), TINGLING(PainQualityKind.NEUROLOGICAL_SIGN),
	PINS_AND_NEEDLES(PainQualityKind.NEUROLOGICAL_SIGN), LEG_OR_FOOT_WEAKNESS(PainQualityKind.NEUROLOGICAL_SIGN);

	private final PainQualityKind kind;

	PainQuality(PainQualityKind kind) {
		this.kind = kind;
	}

	public PainQualityKind kind() {
		return this.kind;
	}

}
