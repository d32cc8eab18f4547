package org.fourstage.domain.program;

/**
 * The muscle group an exercise mainly works on, named the way physiotherapists group the
 * muscles that carry and move the lower back. Pages word each by name
 * ({@code muscle.<NAME>} in the messages).
 */
public enum MuscleGroup {

	/** Long back muscles beside the spine that hold the trunk upright. */
	ERECTOR_SPINAE,

	/** Short deep muscles between the vertebrae that steady each segment. */
	MULTIFIDUS,

	/** The deep flank muscle between the lowest rib and the pelvis. */
	QUADRATUS_LUMBORUM,

	/** Buttock muscles: hip extension and side stability of the pelvis. */
	GLUTES,

	/** Muscles at the front of the hip that lift the leg. */
	HIP_FLEXORS,

	/** Muscles at the back of the thigh. */
	HAMSTRINGS,

	/** Abdominal wall and deep core that brace the trunk. */
	ABDOMINALS_AND_DEEP_CORE,

	/** The breathing muscle under the ribs; calm breathing eases guarding. */
	DIAPHRAGM,

	/** No single group: walking, swimming, positions and daily-life skills. */
	WHOLE_BODY

}
