package org.fourstage.web.account;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebTest
class PasswordLinkOversightIT {

	private static final String NEW_PASSWORD = "an admin's chosen passphrase for takeover";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOwnerIsToldOnEachDeviceWhoResetTheirPasswordUntilTheyReadItThere() throws Exception {
		Clinic clinic = this.accounts.clinic();
		Account admin = this.accounts.admin(clinic);
		Account physio = this.accounts.physio(clinic);
		Cookie phone = signIn(physio, TestAccounts.PASSWORD, null).getCookie("FOURSTAGE_DEVICE");

		MvcResult issued = issueLink(SignIn.as(this.mvc, admin), physio);
		String link = ((PasswordLinks.PasswordLink) issued.getFlashMap().get("passwordLink")).url();
		setPassword(link).andExpect(redirectedUrl("/login?passwordSet&clinic=" + TestAccounts.signInCode(physio)
				+ "&email=" + physio.email().value().replace("@", "%40")));

		// The admin signs in as the physio: told, and can read it away only on their own
		// device.
		MockHttpServletResponse asPhysio = signIn(physio, NEW_PASSWORD, null);
		assertThat(asPhysio.getRedirectedUrl()).isEqualTo("/account/notices");
		Cookie adminDevice = asPhysio.getCookie("FOURSTAGE_DEVICE");
		Cookie session = asPhysio.getCookie(SignIn.COOKIE);
		this.mvc.perform(get("/account/notices").cookie(session, adminDevice))
			.andExpect(view().name("account/link-notices"))
			.andExpect(content().string(containsString("Ada Admin (Clinic admin) made a set-password link")))
			.andExpect(content().string(containsString("It was used to set a new password")));
		this.mvc.perform(post("/account/notices").with(csrf()).cookie(session, adminDevice))
			.andExpect(redirectedUrl("/start"));
		assertThat(signIn(physio, NEW_PASSWORD, adminDevice).getRedirectedUrl()).isEqualTo("/start");

		// The physio, on their own phone, still sees it at their next sign-in.
		assertThat(signIn(physio, NEW_PASSWORD, phone).getRedirectedUrl()).isEqualTo("/account/notices");
		assertThat(audited(physio, "PASSWORD_LINK_NOTICE_READ")).isOne();
	}

	@Test
	void aResetOfAnAccountInUseWorksOnlyAfterASecondAdminConfirmsIt() throws Exception {
		Clinic clinic = this.accounts.clinic();
		Account first = this.accounts.admin(clinic);
		Account second = this.accounts.staff(clinic, org.fourstage.domain.account.Role.ADMIN, "Bea Second");
		Account physio = this.accounts.physio(clinic);
		Cookie firstSession = SignIn.as(this.mvc, first);
		Cookie secondSession = SignIn.as(this.mvc, second);

		MvcResult issued = issueLink(firstSession, physio);
		PasswordLinks.PasswordLink link = (PasswordLinks.PasswordLink) issued.getFlashMap().get("passwordLink");
		assertThat(link.awaitingConfirmation()).isTrue();
		this.mvc
			.perform(get(issued.getResponse().getRedirectedUrl()).cookie(firstSession).flashAttrs(issued.getFlashMap()))
			.andExpect(content().string(containsString("works only once another admin")));
		this.mvc.perform(get(path(link))).andExpect(view().name("account/link-awaiting"));
		setPassword(link.url()).andExpect(view().name("account/link-invalid"));

		// The issuer cannot confirm their own link; the other admin sees it and can.
		this.mvc.perform(get("/admin/accounts").cookie(firstSession))
			.andExpect(content().string(containsString("Phil Physio: made by Ada Admin")))
			.andExpect(content().string(not(containsString("/password-link/confirm"))));
		this.mvc.perform(confirm(firstSession, physio))
			.andExpect(flash().attribute("errorKey", "account.rule.nothingToConfirm"));
		this.mvc.perform(get("/admin/accounts").cookie(secondSession))
			.andExpect(content().string(containsString("/admin/accounts/" + physio.id() + "/password-link/confirm")));
		this.mvc.perform(confirm(secondSession, physio))
			.andExpect(flash().attribute("flashKey", "account.linkConfirmed"));

		this.mvc.perform(get(path(link))).andExpect(view().name("account/set-password"));
		assertThat(audited(second, "PASSWORD_LINK_CONFIRMED")).isOne();
		MockHttpServletResponse signedIn = signIn(physio, TestAccounts.PASSWORD, null);
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/account/notices");
		this.mvc
			.perform(get("/account/notices").cookie(signedIn.getCookie(SignIn.COOKIE),
					signedIn.getCookie("FOURSTAGE_DEVICE")))
			.andExpect(content().string(containsString("A second admin, Bea Second, confirmed it.")))
			.andExpect(content().string(containsString("It has not been used")));
	}

	@Test
	void theFirstLinkOfANewAccountNeedsNoSecondAdminAndBringsNoNotice() throws Exception {
		Clinic clinic = this.accounts.clinic();
		Account first = this.accounts.admin(clinic);
		this.accounts.staff(clinic, org.fourstage.domain.account.Role.ADMIN, "Bea Second");
		Account fresh = this.accounts.withoutPassword(clinic, org.fourstage.domain.account.Role.PHYSIO);

		MvcResult issued = issueLink(SignIn.as(this.mvc, first), fresh);
		PasswordLinks.PasswordLink link = (PasswordLinks.PasswordLink) issued.getFlashMap().get("passwordLink");

		assertThat(link.awaitingConfirmation()).isFalse();
		setPassword(link.url()).andExpect(redirectedUrl("/login?passwordSet&clinic=" + TestAccounts.signInCode(fresh)
				+ "&email=" + fresh.email().value().replace("@", "%40")));
		assertThat(signIn(fresh, NEW_PASSWORD, null).getRedirectedUrl()).isEqualTo("/start");
	}

	private MvcResult issueLink(Cookie adminSession, Account account) throws Exception {
		return this.mvc
			.perform(post("/admin/accounts/" + account.id() + "/password-link").with(csrf()).cookie(adminSession))
			.andReturn();
	}

	private MockHttpServletRequestBuilder confirm(Cookie adminSession, Account account) {
		return post("/admin/accounts/" + account.id() + "/password-link/confirm").with(csrf()).cookie(adminSession);
	}

	private org.springframework.test.web.servlet.ResultActions setPassword(String link) throws Exception {
		return this.mvc.perform(post("/password/set").with(csrf())
			.param("token", link.substring(link.indexOf("token=") + 6))
			.param("password", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD));
	}

	private static String path(PasswordLinks.PasswordLink link) {
		return link.url().substring(link.url().indexOf("/password/set"));
	}

	private MockHttpServletResponse signIn(Account account, String password, Cookie device) throws Exception {
		return SignIn.onDevice(this.mvc, "10.2.0.1", device, account, password);
	}

	private int audited(Account actor, String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE actor_id = :id AND action = :action")
			.param("id", actor.id().value())
			.param("action", action)
			.query(Integer.class)
			.single();
	}

}
