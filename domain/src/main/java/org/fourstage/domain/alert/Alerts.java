package org.fourstage.domain.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.TrackingAlert;

/**
 * Where alerts are kept, within one clinic.
 */
public interface Alerts {

	/**
	 * Keeps an alert unless its entry already raised one of its kind.
	 * @param clinicId the clinic
	 * @param patientId the patient, of that clinic
	 * @param raised what the alert rules found: the kind and the entry
	 * @param now the moment
	 * @return the new alert; empty when the entry had raised this kind before or the
	 * patient is not of the clinic
	 */
	Optional<Alert> raise(ClinicId clinicId, PatientId patientId, TrackingAlert raised, Instant now);

	/**
	 * One alert of the clinic.
	 * @param clinicId the clinic
	 * @param alertId the alert
	 * @return the alert, or empty when the clinic has none with this id
	 */
	Optional<Alert> find(ClinicId clinicId, UUID alertId);

	/**
	 * A patient's open alerts, most urgent kind first, then oldest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @return the alerts
	 */
	List<Alert> openFor(ClinicId clinicId, PatientId patientId);

	/**
	 * Records the physio's answer to an open alert.
	 * @param clinicId the clinic
	 * @param alertId the alert
	 * @param decision what was done
	 * @param by the physio
	 * @param now the moment
	 * @return false when the alert is not open in the clinic (unknown or answered
	 * already); nothing is written then
	 */
	boolean acknowledge(ClinicId clinicId, UUID alertId, AlertDecision decision, AccountId by, Instant now);

}
