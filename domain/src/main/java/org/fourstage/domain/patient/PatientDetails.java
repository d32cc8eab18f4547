package org.fourstage.domain.patient;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * What identifies a patient and how to reach them, as registered by a physio.
 *
 * @param reference the clinic's own reference number, unique within the clinic
 * @param name the patient's name
 * @param dateOfBirth their date of birth
 * @param sex sex as stated
 * @param phone a phone number, if given
 * @param email an email address, if given
 * @param referringSource who referred them (a GP, a surgeon, self), if known
 * @param consentDate the day they agreed to their data being kept
 */
public record PatientDetails(String reference, String name, LocalDate dateOfBirth, Sex sex, @Nullable String phone,
		@Nullable String email, @Nullable String referringSource, LocalDate consentDate) {

	/** Nobody is registered as older than this. */
	public static final int MAX_AGE_YEARS = 120;

	/** The longest name kept, once trimmed. */
	public static final int MAX_NAME_LENGTH = 100;

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./_-]{0,39}");

	private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{3,40}");

	private static final Pattern NO_MARKUP = Pattern.compile("[^<>]*");

	/**
	 * Checks a patient's name: required, at most {@value #MAX_NAME_LENGTH} characters
	 * once trimmed, and without markup. The form checks a name with this rule even when
	 * the rest of the details cannot be read yet.
	 * @param name the name as typed, null when none was sent
	 * @return the violations of the field {@code name}, empty when the name is acceptable
	 */
	public static Violations checkName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return Violations.of("name", "validation.required", "A name is required");
		}
		if (name.strip().length() > MAX_NAME_LENGTH) {
			return Violations.of("name", "validation.tooLong", "Use at most 100 characters");
		}
		if (!NO_MARKUP.matcher(name).matches()) {
			return Violations.of("name", "validation.name", "Use at most 100 characters, without < or >");
		}
		return Violations.none();
	}

	/**
	 * Checks the details against the rules that need today's date as well as the form's
	 * own: the reference's shape, no markup in names, dates that can be true.
	 * @param today the clinic's today
	 * @return the violations, keyed by field, empty when the details are acceptable
	 */
	public Violations check(LocalDate today) {
		Violations violations = Violations.none();
		if (!REFERENCE.matcher(this.reference.strip()).matches()) {
			violations = violations.and("reference", "patient.reference.shape",
					"Use up to 40 letters, digits, spaces, dots, slashes or dashes");
		}
		violations = violations.and(checkName(this.name));
		if (this.dateOfBirth.isAfter(today)) {
			violations = violations.and("dateOfBirth", "patient.dateOfBirth.future",
					"A birth date cannot be in the future");
		}
		else if (this.dateOfBirth.isBefore(today.minusYears(MAX_AGE_YEARS))) {
			violations = violations.and("dateOfBirth", "patient.dateOfBirth.tooOld",
					"A birth date more than 120 years ago is surely a typing mistake");
		}
		if (this.consentDate.isAfter(today)) {
			violations = violations.and("consentDate", "patient.consentDate.future",
					"Consent cannot be given in the future");
		}
		else if (this.consentDate.isBefore(this.dateOfBirth)) {
			violations = violations.and("consentDate", "patient.consentDate.beforeBirth",
					"Consent cannot be given before birth");
		}
		if (this.phone != null && !this.phone.isBlank() && !PHONE.matcher(this.phone.strip()).matches()) {
			violations = violations.and("phone", "patient.phone.shape", "Use digits, spaces and + ( ) - only");
		}
		if (this.referringSource != null
				&& (this.referringSource.length() > 200 || !NO_MARKUP.matcher(this.referringSource).matches())) {
			violations = violations.and("referringSource", "patient.referringSource.shape",
					"Use at most 200 characters, without < or >");
		}
		return violations;
	}

}
