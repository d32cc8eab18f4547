package org.fourstage.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.web.testing.LinkedAssets;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Anonymous visitors get no session in the database: a client fetching the sign-in page
 * in a loop must not fill the session table. The sign-in form's token lives in a cookie;
 * the session begins at sign-in.
 */
@WebTest
// A fresh context: the csrf() helper of other tests swaps the application's token store
// for a session-backed test one in the shared context, which is what this test rules out.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class AnonymousSessionsIT {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noSessions() {
		this.jdbc.sql("DELETE FROM spring_session").update();
	}

	@Test
	void publicPagesAssetsErrorsAndFailedSignInsStoreNoSession() throws Exception {
		Account physio = this.accounts.physio(this.accounts.clinic());
		List<String> addresses = new ArrayList<>(List.of("/", "/login", "/login?error", "/login?signedOut",
				"/password/set", "/password/set?token=unknown", "/setup", "/setup?token=unknown", "/no-such-page",
				"/patients", "/my/program", "/admin/accounts", "/start", "/actuator/health", "/favicon.ico"));
		List<String> assets = LinkedAssets
			.of(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
		assertThat(assets).isNotEmpty();
		addresses.addAll(assets);
		for (int round = 0; round < 10; round++) {
			for (String address : addresses) {
				this.mvc.perform(get(address));
			}
			Form signIn = form("/login");
			MockHttpServletResponse failed = this.mvc
				.perform(post("/login").cookie(signIn.cookies())
					.param("_csrf", signIn.token())
					.param("email", physio.email().value())
					.param("password", "not the password of this account"))
				.andReturn()
				.getResponse();
			assertThat(failed.getRedirectedUrl()).isEqualTo("/login?error");
			this.mvc.perform(post("/login").param("email", physio.email().value()).param("password", "guess"));
		}

		assertThat(storedSessions()).isZero();
	}

	@Test
	void signingInWithTheFormsTokenStartsTheOneSession() throws Exception {
		Account physio = this.accounts.physio(this.accounts.clinic());
		Form signIn = form("/login");
		assertThat(signIn.cookies()).allSatisfy((cookie) -> assertThat(cookie.isHttpOnly()).isTrue());

		MockHttpServletResponse signedIn = this.mvc
			.perform(post("/login").cookie(signIn.cookies())
				.param("_csrf", signIn.token())
				.param("clinic", TestAccounts.signInCode(physio))
				.param("email", physio.email().value())
				.param("password", TestAccounts.PASSWORD))
			.andReturn()
			.getResponse();
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/start");
		Cookie session = signedIn.getCookie(SecurityConfiguration.SESSION_COOKIE);
		assertThat(session).isNotNull();
		assertThat(storedSessions()).isOne();

		// The sign-in ended the anonymous form token; the browser holds only the session.
		assertThat(signedIn.getCookie(SecurityConfiguration.FORM_TOKEN_COOKIE)).isNotNull()
			.satisfies((cleared) -> assertThat(cleared.getMaxAge()).isZero());
		MockHttpServletResponse patients = this.mvc.perform(get("/patients").cookie(session)).andReturn().getResponse();
		assertThat(patients.getStatus()).isEqualTo(200);
		Matcher token = FORM_TOKEN.matcher(patients.getContentAsString());
		assertThat(token.find()).isTrue();
		MockHttpServletResponse signedOut = this.mvc
			.perform(post("/logout").cookie(session)
				.cookie(patients.getCookie(SecurityConfiguration.FORM_TOKEN_COOKIE))
				.param("_csrf", token.group(1)))
			.andReturn()
			.getResponse();
		assertThat(signedOut.getRedirectedUrl()).isEqualTo("/login?signedOut");
		assertThat(storedSessions()).isZero();
	}

	@Test
	void aFormPostWithoutItsTokenIsRefused() throws Exception {
		Form signIn = form("/login");
		assertThat(this.mvc
			.perform(post("/login").cookie(signIn.cookies()).param("email", "a@b.example").param("password", "x"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc
			.perform(post("/login").param("_csrf", signIn.token()).param("email", "a@b.example").param("password", "x"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private Form form(String address) throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get(address)).andReturn().getResponse();
		Matcher token = FORM_TOKEN.matcher(page.getContentAsString());
		assertThat(token.find()).as("the form of " + address + " carries a token").isTrue();
		return new Form(token.group(1), page.getCookies());
	}

	private int storedSessions() {
		return this.jdbc.sql("SELECT count(*) FROM spring_session").query(Integer.class).single();
	}

	private record Form(String token, Cookie[] cookies) {
	}

}
