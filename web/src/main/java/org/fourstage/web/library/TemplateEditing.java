package org.fourstage.web.library;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies templates into a clinic and saves edits of the copies, each together with its
 * audit entry.
 */
@Component
class TemplateEditing {

	private final LibraryTemplates templates;

	private final AuditTrail audit;

	TemplateEditing(LibraryTemplates templates, AuditTrail audit) {
		this.templates = templates;
		this.audit = audit;
	}

	/**
	 * Makes the clinic's own copy of a template.
	 * @param physio who copies it
	 * @param source the template to copy
	 * @param name the copy's name
	 * @return the copy
	 */
	@Transactional
	LibraryTemplate copy(SignedInUser physio, LibraryTemplate source, String name) {
		String base = source.template().code().replaceFirst("^copy-", "");
		if (base.length() > 60) {
			base = base.substring(0, 60).replaceAll("-+$", "");
		}
		String code = "copy-" + base + "-"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
		LibraryTemplate copy = this.templates.addOwn(physio.clinicId(), physio.accountId(),
				source.template().renamed(code, name, source.template().description()), source.id());
		this.audit.record(physio, AuditAction.TEMPLATE_COPIED, AuditTarget.TEMPLATE, copy.id(), null,
				AuditOutcome.SUCCESS, "copied from " + source.id());
		return copy;
	}

	/**
	 * Saves a changed copy unless someone else saved it since the version the physio saw.
	 * @param physio who changed it
	 * @param current the template as loaded
	 * @param version the version the physio's page showed
	 * @param changed the new content
	 * @param what a short note for the audit log
	 * @return false when the template moved on; nothing is saved then
	 */
	@Transactional
	boolean save(SignedInUser physio, LibraryTemplate current, int version, ProgramTemplate changed, String what) {
		if (current.version() != version
				|| !this.templates.replaceOwn(physio.clinicId(), current.id(), version, physio.accountId(), changed)) {
			return false;
		}
		this.audit.record(physio, AuditAction.TEMPLATE_UPDATED, AuditTarget.TEMPLATE, current.id(), null,
				AuditOutcome.SUCCESS, what);
		return true;
	}

}
