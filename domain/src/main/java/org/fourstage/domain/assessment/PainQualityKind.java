package org.fourstage.domain.assessment;

/**
 * The families of pain qualities that tell muscle pain from nerve pain.
 */
public enum PainQualityKind {

	/** Aching, tight, cramping, pulling, deep dull. */
	MUSCLE_TYPE,

	/** Sharp, electric, shooting, burning. */
	NERVE_TYPE,

	/** Numbness, tingling, pins and needles, weakness: signs that a nerve is affected. */
	NEUROLOGICAL_SIGN

}
