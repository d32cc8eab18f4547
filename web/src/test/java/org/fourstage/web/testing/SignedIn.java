package org.fourstage.web.testing;

import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.test.web.servlet.MockMvc;

/**
 * The people of a fresh clinic, each signed in through the real sign-in form: a physio,
 * an admin and a patient with an account, and the same for a second clinic. A web test
 * declares a field of this type and {@link SignedInExtension} fills it, once per test
 * instance, so every test (or every class with a per-class lifecycle) starts with its own
 * clinics.
 * <p>
 * Nothing is made before it is first asked for: a test that only needs a physio makes no
 * admin and signs nobody else in.
 */
public final class SignedIn {

	private final TestAccounts accounts;

	private final MockMvc mvc;

	private final Lazy<Clinic> clinic;

	private final Lazy<Account> physio;

	private final Lazy<Cookie> physioSession;

	private final Lazy<Account> admin;

	private final Lazy<Cookie> adminSession;

	private final Lazy<Account> patient;

	private final Lazy<Cookie> patientSession;

	private final Lazy<SignedIn> otherClinic;

	SignedIn(TestAccounts accounts, MockMvc mvc) {
		this.accounts = accounts;
		this.mvc = mvc;
		this.clinic = new Lazy<>(accounts::clinic);
		this.physio = new Lazy<>(() -> accounts.physio(clinic()));
		this.physioSession = new Lazy<>(() -> signIn(physio()));
		this.admin = new Lazy<>(() -> accounts.admin(clinic()));
		this.adminSession = new Lazy<>(() -> signIn(admin()));
		this.patient = new Lazy<>(() -> accounts.patient(clinic()));
		this.patientSession = new Lazy<>(() -> signIn(patient()));
		this.otherClinic = new Lazy<>(() -> new SignedIn(accounts, mvc));
	}

	/**
	 * The clinic everyone here belongs to.
	 * @return the clinic
	 */
	public Clinic clinic() {
		return this.clinic.get();
	}

	public Account physio() {
		return this.physio.get();
	}

	/**
	 * The session cookie of the {@link #physio()}.
	 * @return the cookie
	 */
	public Cookie physioSession() {
		return this.physioSession.get();
	}

	public Account admin() {
		return this.admin.get();
	}

	/**
	 * The session cookie of the {@link #admin()}.
	 * @return the cookie
	 */
	public Cookie adminSession() {
		return this.adminSession.get();
	}

	/**
	 * A patient of the clinic who has an account.
	 * @return the patient's account
	 */
	public Account patient() {
		return this.patient.get();
	}

	/**
	 * The record of the {@link #patient()}.
	 * @return the patient's id
	 */
	public PatientId patientId() {
		PatientId id = patient().patientId();
		if (id == null) {
			throw new IllegalStateException("A patient account has a patient record");
		}
		return id;
	}

	/**
	 * The session cookie of the {@link #patient()}.
	 * @return the cookie
	 */
	public Cookie patientSession() {
		return this.patientSession.get();
	}

	/**
	 * The same people in a second clinic, for tests of what one clinic must not see of
	 * another.
	 * @return the second clinic's people
	 */
	public SignedIn otherClinic() {
		return this.otherClinic.get();
	}

	private Cookie signIn(Account account) {
		try {
			return SignIn.as(this.mvc, account);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not sign in " + account.email().value(), ex);
		}
	}

	private static final class Lazy<T> {

		private final Supplier<T> make;

		private @Nullable T value;

		Lazy(Supplier<T> make) {
			this.make = make;
		}

		T get() {
			T made = this.value;
			if (made == null) {
				made = this.make.get();
				this.value = made;
			}
			return made;
		}

	}

}
