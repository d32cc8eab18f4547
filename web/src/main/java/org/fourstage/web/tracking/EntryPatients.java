package org.fourstage.web.tracking;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.support.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient a physio enters tracking data for, found within the physio's clinic only.
 */
@Component
class EntryPatients {

	private final PatientRepository patients;

	private final AuditTrail audit;

	EntryPatients(PatientRepository patients, AuditTrail audit) {
		this.patients = patients;
		this.audit = audit;
	}

	/**
	 * The patient, read and audited.
	 * @param physio who enters
	 * @param patientId the patient asked for
	 * @return the patient
	 * @throws NotFoundException for a patient of another clinic or none
	 */
	@Transactional
	Patient find(Actor physio, PatientId patientId) {
		Patient patient = this.patients.find(physio.clinicId(), patientId).orElseThrow(NotFoundException::new);
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PATIENT, patient.id(), patient.id());
		return patient;
	}

}
