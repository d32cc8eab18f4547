package org.fourstage.web.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class SignInIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	Clinic clinic;

	@BeforeEach
	void clinic() {
		this.clinic = this.accounts.clinic();
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void sendsEachRoleToItsStartPage() throws Exception {
		expectStart(this.accounts.admin(this.clinic), "/admin/accounts");
		expectStart(this.accounts.physio(this.clinic), "/dashboard");
		expectStart(this.accounts.patient(this.clinic), "/my/program");
	}

	@Test
	void givesTheSameAnswerForAWrongPasswordAndAnUnknownAddress() throws Exception {
		Account physio = this.accounts.physio(this.clinic);

		assertThat(SignIn.attempt(this.mvc, physio, "not the right password at all").getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(SignIn
			.attempt(this.mvc, this.clinic.signInCode().value(), "nobody-here@test.example",
					"not the right password at all")
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void anUnknownDeviceWaitsAMinuteAfterFiveWrongPasswordsThenTheRightOneWorks() throws Exception {
		Account physio = this.accounts.physio(this.clinic);
		for (int i = 0; i < 5; i++) {
			assertThat(attempt("10.9.0.1", null, physio, "wrong password number " + i).getRedirectedUrl())
				.isEqualTo("/login?error");
		}

		assertThat(attempt("10.9.0.2", null, physio, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(countAudit(physio, "ACCOUNT_LOCKED")).isOne();

		this.clock.advance(Duration.ofSeconds(61));
		assertThat(attempt("10.9.0.2", null, physio, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/start");
	}

	@Test
	void theWaitDoublesWithEachFurtherWrongPasswordAndAttemptsDuringItDoNotCount() throws Exception {
		Account physio = this.accounts.physio(this.clinic);
		for (int i = 0; i < 5; i++) {
			attempt("10.9.1.1", null, physio, "wrong password number " + i);
		}
		this.clock.advance(Duration.ofSeconds(30));
		attempt("10.9.1.1", null, physio, "sent during the wait");
		this.clock.advance(Duration.ofSeconds(31));
		attempt("10.9.1.1", null, physio, "the sixth wrong password");

		this.clock.advance(Duration.ofSeconds(119));
		assertThat(attempt("10.9.1.2", null, physio, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error");
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(attempt("10.9.1.2", null, physio, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/start");
	}

	@Test
	void aStrangersWrongPasswordsNeverKeepTheOwnerOutOnADeviceTheyUsedBefore() throws Exception {
		Account admin = this.accounts.admin(this.clinic);
		MockHttpServletResponse first = attempt("10.9.2.1", null, admin, TestAccounts.PASSWORD);
		Cookie device = first.getCookie(KnownDeviceCookie.NAME);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getMaxAge()).isGreaterThan(60 * 60 * 24 * 365);

		for (int i = 0; i < 12; i++) {
			attempt("10.9.2.66", null, admin, "a stranger guessing " + i);
			this.clock.advance(Duration.ofMinutes(1));
		}

		assertThat(attempt("10.9.2.66", null, admin, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(attempt("10.9.2.1", device, admin, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/start");
	}

	@Test
	void aKnownDeviceThatSendsFiveWrongPasswordsWaitsLikeAnyOther() throws Exception {
		Account physio = this.accounts.physio(this.clinic);
		Cookie device = attempt("10.9.3.1", null, physio, TestAccounts.PASSWORD).getCookie(KnownDeviceCookie.NAME);
		for (int i = 0; i < 5; i++) {
			attempt("10.9.3.1", device, physio, "a stolen cookie guessing " + i);
		}

		assertThat(attempt("10.9.3.1", device, physio, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void oneAddressWaitsAfterTwentyFailedSignInsWhicheverAccountsTheyWereFor() throws Exception {
		for (int i = 0; i < 20; i++) {
			SignIn.attemptFrom(this.mvc, "10.9.4.1", this.clinic.signInCode().value(), "nobody-" + i + "@test.example",
					"guessing " + i);
		}
		Account physio = this.accounts.physio(this.clinic);

		assertThat(attempt("10.9.4.1", null, physio, TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(attempt("10.9.4.2", null, physio, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/start");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE action = 'CLIENT_PAUSED' AND client_address = '10.9.4.1'")
			.query(Integer.class)
			.single()).isOne();

		this.clock.advance(Duration.ofMinutes(16));
		assertThat(attempt("10.9.4.1", null, physio, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/start");
	}

	@Test
	void forgetsOldFailuresAfterASuccessfulSignIn() throws Exception {
		Account physio = this.accounts.physio(this.clinic);
		for (int i = 0; i < 4; i++) {
			SignIn.attempt(this.mvc, physio, "wrong password number " + i);
		}
		SignIn.as(this.mvc, physio);
		for (int i = 0; i < 4; i++) {
			SignIn.attempt(this.mvc, physio, "wrong again number " + i);
		}

		assertThat(SignIn.attempt(this.mvc, physio, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/start");
	}

	@Test
	void changesTheSessionIdAtSignIn() throws Exception {
		Account physio = this.accounts.physio(this.clinic);
		// Visitors who are not signed in have no session, so the session that exists
		// before a sign-in is an earlier signed-in one.
		Cookie before = SignIn.as(this.mvc, physio);
		MockHttpServletResponse response = this.mvc
			.perform(post("/login").param("clinic", this.clinic.signInCode().value())
				.param("email", physio.email().value())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.cookie(before))
			.andReturn()
			.getResponse();

		Cookie after = response.getCookie(SignIn.COOKIE);
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void signsOutOnlyByPostAndEndsTheSessionOnTheServer() throws Exception {
		Account physio = this.accounts.physio(this.clinic);
		Cookie session = SignIn.as(this.mvc, physio);

		this.mvc.perform(get("/logout").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/patients").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/patients").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(countAudit(physio, "SIGN_OUT")).isOne();
	}

	@Test
	void refusesAStateChangeWithoutTheCsrfToken() throws Exception {
		Account physio = this.accounts.physio(this.clinic);
		Cookie session = SignIn.as(this.mvc, physio);

		this.mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/login").param("clinic", this.clinic.signInCode().value())
				.param("email", physio.email().value())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/patients").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void endsASessionAfterFifteenIdleMinutes() throws Exception {
		Cookie session = SignIn.as(this.mvc, this.accounts.physio(this.clinic));
		this.jdbc
			.sql("UPDATE spring_session SET last_access_time = last_access_time - 16 * 60 * 1000, "
					+ "expiry_time = expiry_time - 16 * 60 * 1000")
			.update();

		this.mvc.perform(get("/patients").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void endsASessionTwelveHoursAfterItBeganHoweverActive() throws Exception {
		Cookie session = SignIn.as(this.mvc, this.accounts.physio(this.clinic));
		this.mvc.perform(get("/patients").cookie(session)).andExpect(status().isOk());

		this.clock.advance(Duration.ofHours(12).plusMinutes(1));

		this.mvc.perform(get("/patients").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void auditsSuccessfulAndFailedSignIns() throws Exception {
		Account physio = this.accounts.physio(this.clinic);
		SignIn.attempt(this.mvc, physio.email().value(), "definitely the wrong one");
		SignIn.as(this.mvc, physio);

		assertThat(countAudit(physio, "SIGN_IN_FAILED")).isOne();
		assertThat(countAudit(physio, "SIGN_IN")).isOne();
	}

	@Test
	void aHostileAddressGetsTheNormalFailureAndIsAuditedMadeSafe() throws Exception {
		for (String typed : new String[] { "nul\u0000@test.example", "esc\u001B[2J@test.example",
				"<script>alert(1)</script>@test.example", "half\uD800@test.example" }) {
			assertThat(SignIn.attempt(this.mvc, typed, "half \uD800 a password \u0000").getRedirectedUrl())
				.isEqualTo("/login?error");
		}

		List<String> audited = this.jdbc
			.sql("SELECT actor_email FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND actor_id IS NULL "
					+ "ORDER BY id")
			.query(String.class)
			.list();
		assertThat(audited).contains("nul\uFFFD@test.example", "esc\uFFFD[2J@test.example",
				"\uFFFDscript\uFFFDalert(1)\uFFFD/script\uFFFD@test.example", "half\uFFFD@test.example");
	}

	private void expectStart(Account account, String start) throws Exception {
		Cookie session = SignIn.as(this.mvc, account);
		this.mvc.perform(get("/start").cookie(session)).andExpect(redirectedUrl(start));
		this.mvc.perform(get(start).cookie(session)).andExpect(status().isOk());
	}

	private MockHttpServletResponse attempt(String clientAddress, Cookie device, Account account, String password)
			throws Exception {
		return SignIn.onDevice(this.mvc, clientAddress, device, account, password);
	}

	private int countAudit(Account account, String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE actor_id = :id AND action = :action")
			.param("id", account.id().value())
			.param("action", action)
			.query(Integer.class)
			.single();
	}

}
