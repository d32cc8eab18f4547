package org.fourstage.web.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.audit.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request. It is kept in the session, which is serialised into the
 * database, so it holds plain values rather than domain types.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Actor {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final UUID clinicId;

	private final String email;

	private final String name;

	private final Role role;

	private final @Nullable UUID patientId;

	private final boolean enabled;

	private final boolean locked;

	private @Nullable String passwordHash;

	SignedInUser(Account account, @Nullable String passwordHash, boolean waits) {
		this.accountId = account.id().value();
		this.clinicId = account.clinicId().value();
		this.email = account.email().value();
		this.name = account.name().value();
		this.role = account.role();
		this.patientId = (account.patientId() != null) ? account.patientId().value() : null;
		this.enabled = account.enabled();
		this.locked = waits;
		this.passwordHash = passwordHash;
	}

	@Override
	public AccountId accountId() {
		return new AccountId(this.accountId);
	}

	@Override
	public ClinicId clinicId() {
		return new ClinicId(this.clinicId);
	}

	@Override
	public String email() {
		return this.email;
	}

	public String name() {
		return this.name;
	}

	@Override
	public Role role() {
		return this.role;
	}

	/**
	 * The patient record of a patient account.
	 * @return the patient, or null for staff
	 */
	public @Nullable PatientId patientId() {
		return (this.patientId != null) ? new PatientId(this.patientId) : null;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	/**
	 * The account's id: addresses are unique only within a clinic, and sessions are found
	 * by this name when an account is to be signed out everywhere.
	 */
	@Override
	public String getUsername() {
		return this.accountId.toString();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
