package org.fourstage.domain.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields a rule refused, in the order they were found. Immutable; {@link #and}
 * returns a new value so validators can be written as a chain of small checks.
 *
 * @param errors the refused fields
 */
public record Violations(List<FieldError> errors) {

	private static final Violations NONE = new Violations(List.of());

	public Violations {
		errors = List.copyOf(errors);
	}

	public static Violations none() {
		return NONE;
	}

	public static Violations of(String field, String code, String defaultMessage) {
		return new Violations(List.of(new FieldError(field, code, defaultMessage)));
	}

	public Violations and(String field, String code, String defaultMessage) {
		return and(of(field, code, defaultMessage));
	}

	public Violations and(Violations more) {
		if (more.isEmpty()) {
			return this;
		}
		List<FieldError> all = new ArrayList<>(this.errors);
		all.addAll(more.errors);
		return new Violations(all);
	}

	/**
	 * Prefixes every field path, so a section validator can be reused under its parent.
	 * @param parent the parent path, for example {@code pain}
	 * @return the same errors with {@code parent.} in front of each field
	 */
	public Violations under(String parent) {
		return new Violations(this.errors.stream()
			.map((error) -> new FieldError(parent + "." + error.field(), error.code(), error.defaultMessage()))
			.toList());
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	public List<FieldError> forField(String field) {
		return this.errors.stream().filter((error) -> error.field().equals(field)).toList();
	}

	public boolean hasErrorOn(String field) {
		return !forField(field).isEmpty();
	}

	public List<String> fields() {
		return this.errors.stream().map(FieldError::field).distinct().toList();
	}

}
