package org.fourstage.domain.program;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value object is built from values out of bounds. It carries every
 * violation at once, so a form can mark all wrong fields in one round trip.
 */
public class InvalidFieldsException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final List<FieldViolation> violations;

	public InvalidFieldsException(List<FieldViolation> violations) {
		super(violations.stream()
			.map((violation) -> violation.field() + ": " + violation.message())
			.collect(Collectors.joining("; ")));
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("An invalid-fields error needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	/**
	 * The violations, in field order.
	 * @return at least one violation
	 */
	public List<FieldViolation> violations() {
		return this.violations;
	}

}
