package org.fourstage.web.patient;

import java.util.Optional;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.NewAccount;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientDetails;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.web.account.PasswordLinks;
import org.fourstage.web.account.PasswordLinks.PasswordLink;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of a patient's record: registering, editing the details and opening the
 * sign-in account. Each write is saved with its audit entry in one transaction, and a
 * registration with its account together or not at all.
 */
@Service
class PatientRecords {

	private final PatientRepository patients;

	private final AccountRepository accounts;

	private final PasswordLinks links;

	private final AuditTrail audit;

	PatientRecords(PatientRepository patients, AccountRepository accounts, PasswordLinks links, AuditTrail audit) {
		this.patients = patients;
		this.accounts = accounts;
		this.links = links;
		this.audit = audit;
	}

	@Transactional
	Registered register(Actor physio, PatientDetails details, boolean withAccount) {
		Patient patient = this.patients.register(physio.clinicId(), details, physio.accountId());
		this.audit.patientData(physio, AuditAction.PATIENT_REGISTERED, AuditTarget.PATIENT, patient.id(), patient.id());
		Optional<PasswordLink> link = withAccount ? Optional.of(openAccount(physio, patient)) : Optional.empty();
		return new Registered(patient, link);
	}

	/**
	 * Saves new details over the version the physio read.
	 * @param physio who edits
	 * @param asRead the patient as read, with the version the form was made from
	 * @param details the new details
	 * @return false when someone else saved the record first; nothing is written then
	 * @throws org.fourstage.domain.patient.DuplicateReferenceException when another
	 * patient of the clinic has the reference
	 */
	@Transactional
	boolean update(Actor physio, Patient asRead, PatientDetails details) {
		if (!this.patients.update(asRead, details)) {
			return false;
		}
		this.audit.patientData(physio, AuditAction.PATIENT_UPDATED, AuditTarget.PATIENT, asRead.id(), asRead.id());
		return true;
	}

	/**
	 * Opens the patient's account with the email on their record and issues its link.
	 * @param physio who opens it
	 * @param patient the patient, who must have an email address on record
	 * @return the set-password link
	 */
	@Transactional
	PasswordLink openAccount(Actor physio, Patient patient) {
		EmailAddress email = new EmailAddress(patient.details().email());
		Account account = this.accounts.add(new NewAccount(physio.clinicId(), email,
				new DisplayName(patient.details().name()), Role.PATIENT, patient.id()));
		this.audit.patientData(physio, AuditAction.ACCOUNT_CREATED, AuditTarget.ACCOUNT, account.id(), patient.id());
		PasswordLink link = this.links.issue(account.id(), physio.accountId());
		this.audit.patientData(physio, AuditAction.PASSWORD_LINK_ISSUED, AuditTarget.ACCOUNT, account.id(),
				patient.id());
		return link;
	}

	/**
	 * A registered patient and, if an account was opened, its link.
	 *
	 * @param patient the patient
	 * @param link the set-password link
	 */
	record Registered(Patient patient, Optional<PasswordLink> link) {

	}

}
