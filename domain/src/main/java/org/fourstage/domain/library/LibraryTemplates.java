package org.fourstage.domain.library;

import java.util.List;
import java.util.Optional;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;

/**
 * Program templates as one clinic sees them: the shared ones plus the clinic's own
 * copies. Shared templates are written only by the seed loader.
 */
public interface LibraryTemplates {

	/**
	 * Shared templates first, then the clinic's own, each by name.
	 * @param clinicId the clinic asking
	 * @return the templates
	 */
	List<LibraryTemplate> list(ClinicId clinicId);

	/**
	 * One template the clinic may see.
	 * @param clinicId the clinic asking
	 * @param id the template
	 * @return the template, or empty when it does not exist or is another clinic's
	 */
	Optional<LibraryTemplate> find(ClinicId clinicId, TemplateId id);

	/**
	 * Stores a new template of the clinic, such as a copy of a shared one.
	 * @param clinicId the clinic
	 * @param author who made it
	 * @param template the content; every code must name a shared or own exercise of the
	 * clinic
	 * @param copiedFrom the template it was copied from
	 * @return the stored template
	 */
	LibraryTemplate addOwn(ClinicId clinicId, AccountId author, ProgramTemplate template, TemplateId copiedFrom);

	/**
	 * Replaces the content of one of the clinic's own templates, if nobody changed it
	 * since the given version.
	 * @param clinicId the clinic
	 * @param id the template
	 * @param expectedVersion the version the editor saw
	 * @param editor who made the change
	 * @param template the new content
	 * @return false when the template is not the clinic's own or has moved on from
	 * {@code expectedVersion}; nothing is changed then
	 */
	boolean replaceOwn(ClinicId clinicId, TemplateId id, int expectedVersion, AccountId editor,
			ProgramTemplate template);

	/**
	 * Makes the shared template with the seed's code match the seed.
	 * @param template the seed; its exercises must be in the shared library
	 * @return what changed
	 */
	SeedChange upsertShared(ProgramTemplate template);

}
