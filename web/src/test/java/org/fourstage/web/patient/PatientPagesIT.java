package org.fourstage.web.patient;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class PatientPagesIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersAPatientWithAnAccountAndShowsTheirPage() throws Exception {
		String reference = "R-" + UUID.randomUUID().toString().substring(0, 6);
		String email = "maria." + UUID.randomUUID().toString().substring(0, 6) + "@test.example";
		MvcResult result = this.mvc
			.perform(register(reference, "Maria Ortiz", "1971-03-02", email).param("createAccount", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("passwordLink"))
			.andReturn();
		String page = result.getResponse().getRedirectedUrl();

		this.mvc.perform(get(page).cookie(this.signedIn.physioSession()).flashAttrs(result.getFlashMap()))
			.andExpect(content().string(containsString("Maria Ortiz")))
			.andExpect(content().string(containsString("Ref. " + reference)))
			.andExpect(content().string(containsString("/password/set?token=")));
		assertThat(this.jdbc.sql("SELECT count(*) FROM accounts WHERE email = :e AND role = 'PATIENT'")
			.param("e", email)
			.query(Integer.class)
			.single()).isOne();
		assertThat(audited("PATIENT_REGISTERED")).isOne();
		assertThat(audited("PATIENT_VIEWED")).isOne();
		this.mvc.perform(get("/patients").param("q", reference).cookie(this.signedIn.physioSession()))
			.andExpect(content().string(containsString("Maria Ortiz")));
	}

	@Test
	void registersAPatientWithAnAccountForAnAddressUsedInAnotherClinicWithoutAWord() throws Exception {
		Account elsewhere = this.signedIn.otherClinic().patient();
		String reference = "R-" + UUID.randomUUID().toString().substring(0, 6);

		this.mvc
			.perform(register(reference, "Sam Twice", "1975-06-07", elsewhere.email().value()).param("createAccount",
					"true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("passwordLink"));

		assertThat(this.jdbc.sql("SELECT count(*) FROM accounts WHERE email = :e AND clinic_id = :clinic")
			.param("e", elsewhere.email().value())
			.param("clinic", this.signedIn.clinic().id().value())
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void saysTheAddressIsTakenOnlyWhenThisClinicHasIt() throws Exception {
		Account colleague = this.accounts.physio(this.signedIn.clinic());
		String reference = "R-" + UUID.randomUUID().toString().substring(0, 6);

		this.mvc
			.perform(register(reference, "Sam Taken", "1975-06-07", colleague.email().value()).param("createAccount",
					"true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			R-1   | <script>alert(1)</script> | 1980-01-01 | name
			''    | Ann Lee                   | 1980-01-01 | reference
			<b>   | Ann Lee                   | 1980-01-01 | reference
			R-2   | Ann Lee                   | 2999-01-01 | dateOfBirth
			R-3   | Ann Lee                   | 1890-01-01 | dateOfBirth
			R-4   | Ann Lee                   | 01/02/1980 | dateOfBirth
			R-5   | Ann Lee                   | ''         | dateOfBirth
			R-6   | ''                        | 1980-01-01 | name
			""")
	void refusesBadDetailsNextToTheFieldAndSavesNothing(String reference, String name, String born, String field)
			throws Exception {
		int before = patients();
		this.mvc.perform(register(reference, name, born, ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		assertThat(patients()).isEqualTo(before);
	}

	@Test
	void requiresConsentAndAnEmailForAnAccount() throws Exception {
		this.mvc
			.perform(post("/patients").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("reference", "R-9")
				.param("name", "No Consent")
				.param("dateOfBirth", "1980-01-01")
				.param("sex", "FEMALE")
				.param("consentDate", LocalDate.now().toString())
				.param("createAccount", "true"))
			.andExpect(model().attributeHasFieldErrors("form", "consentGiven", "email"));
	}

	@Test
	void refusesASecondPatientWithTheSameReferenceInTheClinic() throws Exception {
		this.mvc.perform(register("DUP-1", "First One", "1980-01-01", "")).andExpect(status().is3xxRedirection());
		this.mvc.perform(register("dup-1", "Second One", "1980-01-01", ""))
			.andExpect(model().attributeHasFieldErrorCode("form", "reference", "patient.reference.taken"));
	}

	@Test
	void aStaleEditIsRefusedAndShowsWhatTheOtherPersonSaved() throws Exception {
		String page = this.mvc.perform(register("ED-1", "Edna Edit", "1950-06-06", ""))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(edit(page, "Edna Edited By First", 0)).andExpect(status().is3xxRedirection());

		this.mvc.perform(edit(page, "Edna Edited By Second", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edna Edited By First")));
		assertThat(
				this.jdbc.sql("SELECT full_name FROM patients WHERE reference = 'ED-1'").query(String.class).single())
			.isEqualTo("Edna Edited By First");
	}

	@Test
	void anotherClinicsPhysioGetsNotFound() throws Exception {
		String page = this.mvc.perform(register("SEC-1", "Private Person", "1960-01-01", ""))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Cookie stranger = this.signedIn.otherClinic().physioSession();

		this.mvc.perform(get(page).cookie(stranger))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Private Person"))));
	}

	@Test
	void refusesControlCharactersInTheNameAndReferringSourceNextToTheField() throws Exception {
		int before = patients();

		this.mvc.perform(register("R-NUL", "Ann\u0000Lee", "1980-01-01", "").param("referringSource", "GP\u000BSmith"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "referringSource"))
			.andExpect(content().string(containsString("cannot be saved")));

		assertThat(patients()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder register(String reference, String name, String born, String email) {
		return post("/patients").cookie(this.signedIn.physioSession())
			.with(csrf())
			.param("reference", reference)
			.param("name", name)
			.param("dateOfBirth", born)
			.param("sex", "FEMALE")
			.param("email", email)
			.param("consentGiven", "true")
			.param("consentDate", LocalDate.now().toString());
	}

	private MockHttpServletRequestBuilder edit(String page, String name, int version) {
		return post(page + "/edit").cookie(this.signedIn.physioSession())
			.with(csrf())
			.param("reference", "ED-1")
			.param("name", name)
			.param("dateOfBirth", "1950-06-06")
			.param("sex", "FEMALE")
			.param("consentGiven", "true")
			.param("consentDate", LocalDate.now().toString())
			.param("version", String.valueOf(version));
	}

	private int patients() {
		return this.jdbc.sql("SELECT count(*) FROM patients").query(Integer.class).single();
	}

	private int audited(String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE actor_id = :id AND action = :action")
			.param("id", this.signedIn.physio().id().value())
			.param("action", action)
			.query(Integer.class)
			.single();
	}

}
