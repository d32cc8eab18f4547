package org.fourstage.domain.assessment;

/**
 * Somebody else saved the assessment since it was opened; saving would overwrite their
 * change without anybody noticing, so it is refused.
 */
public class AssessmentChangedException extends RuntimeException {

	public AssessmentChangedException(AssessmentId id) {
		super("Assessment " + id + " was changed by someone else");
	}

}
