package org.fourstage.web.instrument;

import java.util.List;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.ItemTextImport;
import org.fourstage.domain.instrument.ItemTextRepository;
import org.fourstage.domain.validation.FieldError;
import org.fourstage.domain.validation.Validated;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic admin imports the licensed item wording of a questionnaire. The wording
 * replaces the clinic's earlier import only when every line is readable and every item
 * has its text; the replacement and its audit entry are saved in one transaction.
 */
@Service
class ItemTextImporting {

	private final ItemTextRepository texts;

	private final AuditTrail audit;

	ItemTextImporting(ItemTextRepository texts, AuditTrail audit) {
		this.texts = texts;
		this.audit = audit;
	}

	/**
	 * Reads the wording from the file's text and, when it is whole, keeps it for the
	 * admin's clinic.
	 * @param admin who imports
	 * @param definition the questionnaire the wording belongs to
	 * @param content the file's text
	 * @return what became of the import; nothing is written unless it is
	 * {@link Outcome#IMPORTED}
	 */
	@Transactional
	Result importText(Actor admin, InstrumentDefinition definition, String content) {
		Validated<InstrumentDefinition> imported = ItemTextImport.apply(definition, content);
		if (!imported.isValid()) {
			return new Result(Outcome.UNREADABLE_LINES, imported.violations().errors());
		}
		if (!imported.value().hasItemText()) {
			return new Result(Outcome.INCOMPLETE, List.of());
		}
		this.texts.replace(admin.clinicId(), imported.value(), admin.accountId());
		this.audit.success(admin, AuditAction.INSTRUMENT_TEXT_IMPORTED, AuditTarget.INSTRUMENT, definition.id());
		return new Result(Outcome.IMPORTED, List.of());
	}

	/** How an import ended. */
	enum Outcome {

		/** The wording is saved. */
		IMPORTED,

		/** Some lines could not be read; they are listed. */
		UNREADABLE_LINES,

		/** Every line was read, but some items have no text. */
		INCOMPLETE

	}

	/**
	 * How an import ended and, for unreadable lines, which.
	 *
	 * @param outcome how it ended
	 * @param lineProblems the refused lines, empty unless
	 * {@link Outcome#UNREADABLE_LINES}
	 */
	record Result(Outcome outcome, List<FieldError> lineProblems) {

	}

}
