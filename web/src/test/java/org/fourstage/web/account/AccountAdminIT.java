package org.fourstage.web.account;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
class AccountAdminIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	// Signed in before each test, so that counts of accounts taken in a test start after
	// the admin's own account.
	@BeforeEach
	void adminSignedIn() {
		this.signedIn.adminSession();
	}

	@Test
	void createsAPhysioAndShowsItsOneTimeLinkOnce() throws Exception {
		String email = "new.physio." + UUID.randomUUID().toString().substring(0, 6) + "@test.example";
		MvcResult created = this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Nora New")
				.param("email", email)
				.param("role", "PHYSIO"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("passwordLink"))
			.andReturn();
		String page = created.getResponse().getRedirectedUrl();

		this.mvc.perform(get(page).cookie(this.signedIn.adminSession()).flashAttrs(created.getFlashMap()))
			.andExpect(content().string(containsString("/password/set?token=")));
		this.mvc.perform(get(page).cookie(this.signedIn.adminSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/password/set?token="))));

		assertThat(count("SELECT count(*) FROM accounts WHERE email = '" + email + "' AND password_hash IS NULL"))
			.isOne();
		assertThat(audited("ACCOUNT_CREATED")).isOne();
		assertThat(audited("PASSWORD_LINK_ISSUED")).isOne();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''                          | someone@test.example | name
			'<script>alert(1)</script>' | someone@test.example | name
			'Ann <b>Bold</b>'           | someone@test.example | name
			Valid Name                  | ''                   | email
			Valid Name                  | not-an-email         | email
			Valid Name                  | a@b                  | email
			Valid Name                  | '<script>@x.example' | email
			""")
	void refusesBadInputNextToTheFieldAndSavesNothing(String name, String email, String field) throws Exception {
		int before = count("SELECT count(*) FROM accounts");
		this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", name)
				.param("email", email)
				.param("role", "PHYSIO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));

		assertThat(count("SELECT count(*) FROM accounts")).isEqualTo(before);
		assertThat(audited("ACCOUNT_CREATED")).isZero();
	}

	@Test
	void refusesControlCharactersInNamesAndSearches() throws Exception {
		int before = count("SELECT count(*) FROM accounts");
		this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Ann\u0000Lee")
				.param("email", "nul\u0000@test.example")
				.param("role", "PHYSIO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "email"));
		this.mvc.perform(get("/admin/accounts").param("q", "fiona\u0000").cookie(this.signedIn.adminSession()))
			.andExpect(status().isBadRequest());

		assertThat(count("SELECT count(*) FROM accounts")).isEqualTo(before);
	}

	@Test
	void refusesHugeInput() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "x".repeat(10_000))
				.param("email", "y".repeat(300) + "@test.example")
				.param("role", "PHYSIO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "email"));
	}

	@Test
	void refusesAnEmailTakenInTheSameClinicWhateverTheCase() throws Exception {
		Account colleague = this.accounts.physio(this.signedIn.clinic());

		this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Copy Cat")
				.param("email", colleague.email().value().toUpperCase())
				.param("role", "PHYSIO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "account.email.taken"));
	}

	@Test
	void opensASeparateAccountForAnAddressUsedInAnotherClinicAndEachSignsInToItsOwnClinic() throws Exception {
		Clinic other = this.signedIn.otherClinic().clinic();
		Account elsewhere = this.signedIn.otherClinic().physio();

		MvcResult created = this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Same Address")
				.param("email", elsewhere.email().value().toUpperCase())
				.param("role", "PHYSIO"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("passwordLink"))
			.andReturn();
		String link = ((PasswordLinks.PasswordLink) created.getFlashMap().get("passwordLink")).url();
		String password = "a separate passphrase for the second clinic";
		this.mvc
			.perform(post("/password/set").with(csrf())
				.param("token", link.substring(link.indexOf("token=") + 6))
				.param("password", password)
				.param("confirmation", password))
			.andExpect(status().is3xxRedirection());

		String here = this.signedIn.clinic().signInCode().value();
		String there = other.signInCode().value();
		String email = elsewhere.email().value();
		assertThat(SignIn.attempt(this.mvc, here, email, password).getRedirectedUrl()).isEqualTo("/start");
		assertThat(SignIn.attempt(this.mvc, there, email, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/start");
		// Each password opens only its own clinic's account: never one sign-in for two.
		assertThat(SignIn.attempt(this.mvc, there, email, password).getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(SignIn.attempt(this.mvc, here, email, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(this.jdbc.sql("SELECT count(DISTINCT clinic_id) FROM accounts WHERE lower(email) = :email")
			.param("email", email)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void showsTheClinicsSignInCodeOnTheAccountsPage() throws Exception {
		this.mvc.perform(get("/admin/accounts").cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString(this.signedIn.clinic().signInCode().value())));
	}

	@Test
	void refusesToCreatePatientAccountsOrUnknownRolesHere() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Pat")
				.param("email", "pat.x@test.example")
				.param("role", "PATIENT"))
			.andExpect(model().attributeHasFieldErrors("form", "role"));
		this.mvc
			.perform(post("/admin/accounts").cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Pat")
				.param("email", "pat.y@test.example")
				.param("role", "SUPERUSER"))
			.andExpect(model().attributeHasFieldErrors("form", "role"));
	}

	@Test
	void renamesAndChangesTheRoleWithAnAuditEntry() throws Exception {
		Account physio = this.accounts.physio(this.signedIn.clinic());

		this.mvc
			.perform(post("/admin/accounts/" + physio.id()).cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Phil Promoted")
				.param("role", "ADMIN"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("SELECT display_name || ' ' || role FROM accounts WHERE id = :id")
			.param("id", physio.id().value())
			.query(String.class)
			.single()).isEqualTo("Phil Promoted ADMIN");
		assertThat(audited("ACCOUNT_UPDATED")).isOne();
	}

	@Test
	void anAdminCannotChangeTheirOwnRoleOrDisableThemselves() throws Exception {
		this.mvc
			.perform(post("/admin/accounts/" + this.signedIn.admin().id()).cookie(this.signedIn.adminSession())
				.with(csrf())
				.param("name", "Ada Admin")
				.param("role", "PHYSIO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "account.rule.ownRole"));
		this.mvc
			.perform(post("/admin/accounts/" + this.signedIn.admin().id() + "/disable")
				.cookie(this.signedIn.adminSession())
				.with(csrf()))
			.andExpect(flash().attribute("errorKey", "account.rule.disableSelf"));

		assertThat(count("SELECT count(*) FROM accounts WHERE role = 'ADMIN' AND enabled AND id = '"
				+ this.signedIn.admin().id() + "'"))
			.isOne();
	}

	@Test
	void disablingEndsTheOpenSessionsAndSignInIsRefusedUntilEnabled() throws Exception {
		Account physio = this.accounts.physio(this.signedIn.clinic());
		Cookie physioSession = SignIn.as(this.mvc, physio);
		this.mvc.perform(get("/patients").cookie(physioSession)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/accounts/" + physio.id() + "/disable").cookie(this.signedIn.adminSession())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/patients").cookie(physioSession)).andExpect(status().is3xxRedirection());
		assertThat(SignIn.attempt(this.mvc, physio, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error");

		this.mvc
			.perform(post("/admin/accounts/" + physio.id() + "/enable").cookie(this.signedIn.adminSession())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(SignIn.attempt(this.mvc, physio, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/start");
		assertThat(audited("ACCOUNT_DISABLED")).isOne();
		assertThat(audited("ACCOUNT_ENABLED")).isOne();
	}

	@Test
	void listsOnlyTheClinicsOwnAccountsWithSearch() throws Exception {
		this.accounts.staff(this.signedIn.clinic(), Role.PHYSIO, "Findable Fiona");
		this.accounts.staff(this.signedIn.otherClinic().clinic(), Role.PHYSIO, "Hidden Hannah");

		this.mvc.perform(get("/admin/accounts").cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString("Findable Fiona")))
			.andExpect(content().string(not(containsString("Hidden Hannah"))));
		this.mvc.perform(get("/admin/accounts").param("q", "fiona").cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString("Findable Fiona")))
			.andExpect(content().string(not(containsString(this.signedIn.admin().email().value()))));
		this.mvc.perform(get("/admin/accounts").param("page", "-5").cookie(this.signedIn.adminSession()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/accounts").param("page", "abc").cookie(this.signedIn.adminSession()))
			.andExpect(status().isNotFound());
	}

	@Test
	void pagesTwentyAccountsAtATime() throws Exception {
		for (int i = 0; i < 20; i++) {
			this.accounts.withoutPassword(this.signedIn.clinic(), Role.PHYSIO);
		}

		this.mvc.perform(get("/admin/accounts").cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("href=\"/admin/accounts?q=&amp;page=1\"")));
		this.mvc.perform(get("/admin/accounts").param("page", "1").cookie(this.signedIn.adminSession()))
			.andExpect(content().string(containsString("Page 2 of 2")));
	}

	private int audited(String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE actor_id = :id AND action = :action")
			.param("id", this.signedIn.admin().id().value())
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
