package org.fourstage.domain.instrument;

import java.util.Map;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;

/**
 * Keeps the licensed item wording a clinic imported. The wording belongs to the clinic
 * that holds the licence, so it is kept per clinic.
 */
public interface ItemTextRepository {

	/**
	 * The imported wording of an instrument version, by item id.
	 * @param clinicId the clinic
	 * @param instrument the instrument
	 * @param version its version
	 * @return the wording, empty when none was imported
	 */
	Map<String, String> find(ClinicId clinicId, InstrumentId instrument, String version);

	/**
	 * Replaces the wording of an instrument version with a freshly imported one.
	 * @param clinicId the clinic
	 * @param definition the instrument with its new wording
	 * @param by the admin
	 */
	void replace(ClinicId clinicId, InstrumentDefinition definition, AccountId by);

	/**
	 * The definition with its wording: the shipped one, or the clinic's import where the
	 * product ships none.
	 * @param clinicId the clinic
	 * @param definition the shipped definition
	 * @return the definition as the clinic sees it
	 */
	default InstrumentDefinition withClinicText(ClinicId clinicId, InstrumentDefinition definition) {
		if (definition.hasItemText()) {
			return definition;
		}
		Map<String, String> text = find(clinicId, definition.id(), definition.version());
		if (text.isEmpty()) {
			return definition;
		}
		var withText = definition.withItemText(text);
		return withText.isValid() ? withText.value() : definition;
	}

}
