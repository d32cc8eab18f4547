package org.fourstage.web.alert;

import org.fourstage.domain.alert.AlertAction;
import org.jspecify.annotations.Nullable;

/**
 * A physio's answer to an alert as typed.
 *
 * @param action what was done
 * @param reason why; required for no action
 * @param back where to go afterwards: {@code patient} for the patient's page, otherwise
 * the dashboard
 */
record AcknowledgeForm(@Nullable AlertAction action, @Nullable String reason, @Nullable String back) {

	static AcknowledgeForm empty(@Nullable String back) {
		return new AcknowledgeForm(null, "", back);
	}

	boolean backToPatient() {
		return "patient".equals(this.back);
	}

}
