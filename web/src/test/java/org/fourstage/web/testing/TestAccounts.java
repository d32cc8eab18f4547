package org.fourstage.web.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.NewAccount;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentFindings;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.AssessmentTestData;
import org.fourstage.domain.assessment.AssessmentValidator;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.clinic.ClinicRepository;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.clinic.ClinicName;
import org.fourstage.domain.patient.PatientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes clinics and accounts that can sign in, each with a unique address, so that no
 * test relies on rows another test made.
 */
public final class TestAccounts {

	/** The password of every account made here. */
	public static final String PASSWORD = "a long test passphrase for the clinic";

	private static final Map<ClinicId, String> SIGN_IN_CODES = new ConcurrentHashMap<>();

	private static final Map<String, ClinicId> CLINICS_BY_ADDRESS = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final ClinicRepository clinics;

	private final AccountRepository accounts;

	private final AssessmentRepository assessments;

	private final PasswordEncoder encoder;

	private String passwordHash;

	TestAccounts(JdbcClient jdbc, ClinicRepository clinics, AccountRepository accounts,
			AssessmentRepository assessments, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.clinics = clinics;
		this.accounts = accounts;
		this.assessments = assessments;
		this.encoder = encoder;
	}

	public Clinic clinic() {
		Clinic clinic = this.clinics.add(new ClinicName("Clinic " + UUID.randomUUID()));
		SIGN_IN_CODES.put(clinic.id(), clinic.signInCode().value());
		return clinic;
	}

	/**
	 * The code to sign in to an account's clinic with, for {@link SignIn}, which has no
	 * database at hand.
	 * @param account an account of a clinic made here
	 * @return the clinic's sign-in code
	 */
	public static String signInCode(Account account) {
		return signInCode(account.clinicId(), account.email().value());
	}

	/**
	 * The code to sign in with an address that an account made here uses.
	 * @param email the address
	 * @return the code of that account's clinic, or an empty code for other addresses
	 */
	static String signInCodeOfAddress(String email) {
		ClinicId clinic = CLINICS_BY_ADDRESS.get(email.toLowerCase(Locale.ROOT));
		return (clinic != null) ? signInCode(clinic, email) : "";
	}

	private static String signInCode(ClinicId clinicId, String email) {
		String code = SIGN_IN_CODES.get(clinicId);
		if (code == null) {
			throw new IllegalStateException("The clinic of " + email + " was not made by TestAccounts; "
					+ "use SignIn.attempt with its sign-in code");
		}
		return code;
	}

	public Account admin(Clinic clinic) {
		return staff(clinic, Role.ADMIN, "Ada Admin");
	}

	public Account physio(Clinic clinic) {
		return staff(clinic, Role.PHYSIO, "Phil Physio");
	}

	/**
	 * A patient record and its account.
	 * @param clinic the clinic
	 * @return the patient's account
	 */
	public Account patient(Clinic clinic) {
		UUID patientId = patientRecord(clinic);
		return withPassword(new NewAccount(clinic.id(), uniqueEmail("pat"), new DisplayName("Pat Patient"),
				Role.PATIENT, new PatientId(patientId)));
	}

	/**
	 * A patient record without an account, registered by a new physio of the clinic.
	 * @param clinic the clinic
	 * @return the patient's id
	 */
	public UUID patientRecord(Clinic clinic) {
		Account physio = physio(clinic);
		return this.jdbc
			.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, consent_given, "
					+ "consent_date, created_by) VALUES (:clinic, :reference, 'Pat Patient', :born, 'NOT_STATED', "
					+ "true, current_date, :physio) RETURNING id")
			.param("clinic", clinic.id().value())
			.param("reference", "P-" + UUID.randomUUID().toString().substring(0, 8))
			.param("born", LocalDate.of(1980, 5, 17))
			.param("physio", physio.id().value())
			.query(UUID.class)
			.single();
	}

	/**
	 * A completed assessment of a patient with one red flag and no override.
	 * @param clinic the clinic
	 * @param patientId the patient, of that clinic
	 * @return the assessment's id
	 */
	public UUID urgentAssessment(Clinic clinic, UUID patientId) {
		AssessmentDraft draft = AssessmentTestData.aCompleteDraft();
		return completedAssessment(clinic, patientId,
				new AssessmentDraft(draft.kind(), draft.assessedOn(), draft.pain(), draft.history(), draft.where(),
						draft.qualities(), draft.behaviour(), draft.sleepAndHabits(),
						EnumSet.of(RedFlag.SADDLE_NUMBNESS), draft.physicalChecks()));
	}

	/**
	 * A completed assessment with the given answers, which must pass every rule.
	 * @param clinic the clinic
	 * @param patientId the patient, of that clinic
	 * @param answers the answers
	 * @return the assessment's id
	 */
	public UUID completedAssessment(Clinic clinic, UUID patientId, AssessmentDraft answers) {
		Account physio = physio(clinic);
		StoredAssessment started = this.assessments.start(clinic.id(), new PatientId(patientId), answers.kind(),
				answers, physio.id());
		this.assessments.complete(clinic.id(), started.id(), answers,
				AssessmentFindings.of(AssessmentValidator.validate(answers).value()), physio.id(), started.version());
		return started.id().value();
	}

	/**
	 * A staff account with the shared test password.
	 * @param clinic the clinic
	 * @param role its role
	 * @param name its name
	 * @return the account
	 */
	public Account staff(Clinic clinic, Role role, String name) {
		return withPassword(new NewAccount(clinic.id(), uniqueEmail(name), new DisplayName(name), role, null));
	}

	/**
	 * A staff account that has no password yet, as an admin creates it.
	 * @param clinic the clinic
	 * @param role its role
	 * @return the account
	 */
	public Account withoutPassword(Clinic clinic, Role role) {
		Account added = this.accounts
			.add(new NewAccount(clinic.id(), uniqueEmail("new"), new DisplayName("New Person"), role, null));
		CLINICS_BY_ADDRESS.put(added.email().value(), clinic.id());
		return added;
	}

	private Account withPassword(NewAccount account) {
		Account added = this.accounts.add(account);
		CLINICS_BY_ADDRESS.put(added.email().value(), added.clinicId());
		this.accounts.setPasswordHash(added.id(), hash());
		return this.accounts.findInAnyClinic(added.id()).orElseThrow();
	}

	private synchronized String hash() {
		// Argon2 is slow on purpose; one hash serves every test account.
		if (this.passwordHash == null) {
			this.passwordHash = this.encoder.encode(PASSWORD);
		}
		return this.passwordHash;
	}

	private static EmailAddress uniqueEmail(String name) {
		String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return new EmailAddress(local + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.example");
	}

}
