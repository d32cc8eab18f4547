package org.fourstage.domain.library;

import java.util.UUID;

/**
 * The identity of a stored program template, shared or a clinic's own.
 *
 * @param value the id
 */
public record TemplateId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
