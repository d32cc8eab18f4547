package org.fourstage.web.patient;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientDetails;
import org.fourstage.domain.patient.Sex;
import org.fourstage.web.support.BindingErrors;
import org.fourstage.web.support.ValidEmailAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The physio's form for a patient's details and, on registration, whether the patient
 * gets a sign-in account. A bean rather than a record: a date that cannot be read must
 * leave the rest of what was typed in place, next to its message.
 */
public class PatientForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 40, message = "{validation.tooLong}")
	private String reference = "";

	// Checked by the domain's name rule only (PatientDetails.checkName).
	private String name = "";

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dateOfBirth;

	@NotNull(message = "{validation.required}")
	private @Nullable Sex sex;

	@Size(max = 40, message = "{validation.tooLong}")
	private @Nullable String phone;

	@Size(max = 254, message = "{validation.tooLong}")
	@ValidEmailAddress
	private @Nullable String email;

	@Size(max = 200, message = "{validation.tooLong}")
	private @Nullable String referringSource;

	@AssertTrue(message = "{patient.consent.required}")
	private boolean consentGiven;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate consentDate;

	private boolean createAccount;

	private int version;

	static PatientForm empty(LocalDate today) {
		PatientForm form = new PatientForm();
		form.consentDate = today;
		return form;
	}

	static PatientForm of(Patient patient) {
		PatientDetails d = patient.details();
		PatientForm form = new PatientForm();
		form.reference = d.reference();
		form.name = d.name();
		form.dateOfBirth = d.dateOfBirth();
		form.sex = d.sex();
		form.phone = d.phone();
		form.email = d.email();
		form.referringSource = d.referringSource();
		form.consentGiven = true;
		form.consentDate = d.consentDate();
		form.version = patient.version();
		return form;
	}

	/**
	 * The details, once the form's own checks have passed.
	 * @return the details
	 */
	PatientDetails details() {
		return new PatientDetails(this.reference, this.name, this.dateOfBirth, this.sex, this.phone, this.email,
				this.referringSource, this.consentDate);
	}

	/**
	 * Adds the domain's verdict on the details to the form's own: the name's rule always,
	 * unless the binder refused the name already, and the other rules once the form could
	 * be read whole. Each rule is the domain's, checked once.
	 * @param result the form's binding result
	 * @param today the clinic's today
	 */
	void check(BindingResult result, LocalDate today) {
		if (result.hasFieldErrors("name")) {
			return;
		}
		BindingErrors.apply(PatientDetails.checkName(this.name), result);
		if (isComplete() && !result.hasFieldErrors("reference") && !result.hasFieldErrors("name")) {
			BindingErrors.apply(details().check(today), result);
		}
	}

	boolean isComplete() {
		return this.dateOfBirth != null && this.sex != null && this.consentDate != null;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public @Nullable Sex getSex() {
		return this.sex;
	}

	public void setSex(@Nullable Sex sex) {
		this.sex = sex;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getReferringSource() {
		return this.referringSource;
	}

	public void setReferringSource(@Nullable String referringSource) {
		this.referringSource = referringSource;
	}

	public boolean isConsentGiven() {
		return this.consentGiven;
	}

	public void setConsentGiven(boolean consentGiven) {
		this.consentGiven = consentGiven;
	}

	public @Nullable LocalDate getConsentDate() {
		return this.consentDate;
	}

	public void setConsentDate(@Nullable LocalDate consentDate) {
		this.consentDate = consentDate;
	}

	public boolean isCreateAccount() {
		return this.createAccount;
	}

	public void setCreateAccount(boolean createAccount) {
		this.createAccount = createAccount;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
