package org.fourstage.domain.library;

import org.fourstage.domain.clinic.ClinicId;
import org.jspecify.annotations.Nullable;

/**
 * A program template as a clinic finds it: shared (shipped with FourStage, read-only) or
 * the clinic's own copy, which its physiotherapists may edit.
 *
 * @param id the stored template
 * @param owner the clinic that owns the copy, or null for a shared template
 * @param template the template
 * @param version raised with every change; an edit made against an older version is
 * refused
 */
public record LibraryTemplate(TemplateId id, @Nullable ClinicId owner, ProgramTemplate template, int version) {

	/**
	 * Whether this is a shipped template that nobody may change.
	 * @return true for a shared template
	 */
	public boolean shared() {
		return this.owner == null;
	}

}
