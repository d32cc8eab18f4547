package org.fourstage.web.account;

import java.time.Duration;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebTest
class SetPasswordIT {

	private static final String NEW_PASSWORD = "river stones under a quiet bridge";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PasswordLinks links;

	@Autowired
	MutableClock clock;

	Account account;

	String token;

	@BeforeEach
	void newAccountWithLink() {
		Clinic clinic = this.accounts.clinic();
		this.account = this.accounts.withoutPassword(clinic, Role.PHYSIO);
		String url = this.links.issue(this.account.id(), null).url();
		this.token = url.substring(url.indexOf("token=") + "token=".length());
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void setsThePasswordOnceAndTheLinkThenStopsWorking() throws Exception {
		this.mvc.perform(get("/password/set").param("token", this.token))
			.andExpect(view().name("account/set-password"))
			.andExpect(content().string(containsString("New Person")));

		this.mvc.perform(submit(NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?passwordSet&clinic=" + TestAccounts.signInCode(this.account) + "&email="
					+ this.account.email().value().replace("@", "%40")))
			// The person is not signed in yet: no session is stored for the message.
			.andExpect(cookie().doesNotExist(SignIn.COOKIE));
		this.mvc.perform(get("/login").param("passwordSet", "").param("email", this.account.email().value()))
			.andExpect(content().string(containsString("Your password is set.")));

		assertThat(SignIn.attempt(this.mvc, this.account, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/start");
		this.mvc.perform(get("/password/set").param("token", this.token))
			.andExpect(view().name("account/link-invalid"));
		this.mvc.perform(submit("another long passphrase here", "another long passphrase here"))
			.andExpect(view().name("account/link-invalid"));
	}

	@Test
	void theLinkExpiresAfterTwentyFourHours() throws Exception {
		this.clock.advance(Duration.ofHours(23).plusMinutes(59));
		this.mvc.perform(get("/password/set").param("token", this.token))
			.andExpect(view().name("account/set-password"));

		this.clock.advance(Duration.ofMinutes(2));
		this.mvc.perform(get("/password/set").param("token", this.token))
			.andExpect(view().name("account/link-invalid"));
		this.mvc.perform(submit(NEW_PASSWORD, NEW_PASSWORD)).andExpect(view().name("account/link-invalid"));
	}

	@Test
	void explainsEachRefusedPasswordNextToTheField() throws Exception {
		this.mvc.perform(submit("too short", "too short"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.TOO_SHORT"));
		this.mvc.perform(submit("x".repeat(129), "x".repeat(129)))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.TOO_LONG"));
		this.mvc.perform(submit("1234567890123456789", "1234567890123456789"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.TOO_COMMON"));
		this.mvc.perform(submit(NEW_PASSWORD, NEW_PASSWORD + "!"))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmation", "password.mismatch"));
		this.mvc.perform(submit("", "")).andExpect(model().attributeHasFieldErrors("form", "password", "confirmation"));

		this.mvc.perform(get("/password/set").param("token", this.token))
			.andExpect(view().name("account/set-password"));
	}

	@Test
	void acceptsLongPassphrasesBeyondBcryptsLimitWithoutCuttingThem() throws Exception {
		String passphrase = "ü".repeat(40) + " and a few more words to pass seventy-two bytes";
		this.mvc.perform(submit(passphrase, passphrase)).andExpect(view().name("redirect:/login?passwordSet"));

		assertThat(SignIn.attempt(this.mvc, this.account, passphrase).getRedirectedUrl()).isEqualTo("/start");
		assertThat(SignIn.attempt(this.mvc, this.account, passphrase.substring(0, 60)).getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void aMalformedOrMissingTokenShowsTheInvalidLinkPage() throws Exception {
		this.mvc.perform(get("/password/set")).andExpect(view().name("account/link-invalid"));
		this.mvc.perform(get("/password/set").param("token", "<script>alert(1)</script>"))
			.andExpect(view().name("account/link-invalid"));
		this.mvc.perform(get("/password/set").param("token", "a".repeat(5000)))
			.andExpect(view().name("account/link-invalid"));
		this.mvc.perform(
				post("/password/set").with(csrf()).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(view().name("account/link-invalid"));
		this.mvc.perform(post("/password/set").with(csrf())).andExpect(view().name("account/link-invalid"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submit(String password,
			String confirmation) {
		return post("/password/set").with(csrf())
			.param("token", this.token)
			.param("password", password)
			.param("confirmation", confirmation);
	}

}
