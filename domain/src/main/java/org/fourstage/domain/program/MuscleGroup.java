package org.fourstage.domain.program;

/**
 * The muscle group an exercise mainly works on, named the way physiotherapists group the
 * muscles that carry and move the lower back.
 */
public enum MuscleGroup {

	/** Long back muscles beside the spine that hold the trunk upright. */
	ERECTOR_SPINAE("Long back muscles (erector spinae)"),

	/** Short deep muscles between the vertebrae that steady each segment. */
	MULTIFIDUS("Deep spinal muscles (multifidus)"),

	/** The deep flank muscle between the lowest rib and the pelvis. */
	QUADRATUS_LUMBORUM("Flank muscle (quadratus lumborum)"),

	/** Buttock muscles: hip extension and side stability of the pelvis. */
	GLUTES("Buttock muscles (glutes)"),

	/** Muscles at the front of the hip that lift the leg. */
	HIP_FLEXORS("Front of the hip (hip flexors)"),

	/** Muscles at the back of the thigh. */
	HAMSTRINGS("Back of the thigh (hamstrings)"),

	/** Abdominal wall and deep core that brace the trunk. */
	ABDOMINALS_AND_DEEP_CORE("Abdominals and deep core"),

	/** The breathing muscle under the ribs; calm breathing eases guarding. */
	DIAPHRAGM("Breathing muscle (diaphragm)"),

	/** No single group: walking, swimming, positions and daily-life skills. */
	WHOLE_BODY("Whole body");

	private final String label;

	MuscleGroup(String label) {
		this.label = label;
	}

	/**
	 * The name shown to clinicians and patients.
	 * @return e.g. "Buttock muscles (glutes)"
	 */
	public String label() {
		return this.label;
	}

}
