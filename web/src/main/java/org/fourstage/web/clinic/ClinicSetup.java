package org.fourstage.web.clinic;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.NewAccount;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.clinic.ClinicName;
import org.fourstage.domain.clinic.ClinicRepository;
import org.fourstage.web.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a clinic together with its first admin, both or neither.
 */
@Service
public class ClinicSetup {

	private final ClinicRepository clinics;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	ClinicSetup(ClinicRepository clinics, AccountRepository accounts, AuditTrail audit) {
		this.clinics = clinics;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Adds a clinic and its first admin.
	 * @param name the clinic's name
	 * @param adminName the admin's name
	 * @param adminEmail the admin's sign-in address
	 * @param passwordHash the admin's encoded password, or null when they will set it
	 * through a one-time link
	 * @return the admin account
	 */
	@Transactional
	public Account addClinic(ClinicName name, DisplayName adminName, EmailAddress adminEmail,
			@Nullable String passwordHash) {
		Clinic clinic = this.clinics.add(name);
		Account admin = this.accounts.add(new NewAccount(clinic.id(), adminEmail, adminName, Role.ADMIN, null));
		if (passwordHash != null) {
			this.accounts.setPasswordHash(admin.id(), passwordHash);
		}
		this.audit.operator(clinic.id(), AuditAction.CLINIC_CREATED, AuditTarget.CLINIC, clinic.id(), name.value());
		this.audit.operator(clinic.id(), AuditAction.ACCOUNT_CREATED, AuditTarget.ACCOUNT, admin.id(), "first admin");
		return admin;
	}

	/**
	 * The code a clinic's people type when they sign in.
	 * @param clinic the clinic
	 * @return its code
	 */
	public ClinicCode signInCode(ClinicId clinic) {
		return this.clinics.find(clinic).orElseThrow().signInCode();
	}

	/**
	 * Whether the deployment has no clinic yet.
	 * @return true on first start
	 */
	public boolean isEmpty() {
		return this.clinics.findAll().isEmpty();
	}

}
