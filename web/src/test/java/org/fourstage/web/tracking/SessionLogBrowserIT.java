package org.fourstage.web.tracking;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.BrowserSession;
import org.fourstage.web.testing.BrowserTest;
import org.fourstage.web.testing.PageProblems;
import org.fourstage.web.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient logs today's session on their phone: with a connection, and without one, when
 * the phone keeps the session and sends it once the connection is back, exactly once.
 */
@BrowserTest
class SessionLogBrowserIT {

	private static final String NO_SIDEWAYS_SCROLLING = "document.documentElement.scrollWidth <= window.innerWidth";

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPatientLogsTodaysSessionWithAFewTaps(BrowserSession browser) {
		Account patient = patientWithTheStandardProgram();
		Page page = browser.phone();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, patient);

		Locator log = page.locator("#session-log");
		log.scrollIntoViewIfNeeded();
		assertThat(log.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Log today's session")))
			.isVisible();
		assertFitsTheScreen(page);
		browser.screenshot(page, "session-log-1-today-page");

		Locator tilts = exercise(log, "Pelvic tilts");
		assertThat(tilts.getByLabel("Done")).isChecked();
		tilts.getByText("Partly", new Locator.GetByTextOptions().setExact(true)).click();
		tilts.getByText("What you did").click();
		assertThat(tilts.getByLabel("Sets")).hasValue("2");
		tilts.getByLabel("Sets").fill("1");
		exercise(log, "Short, frequent walks").getByText("Skipped", new Locator.GetByTextOptions().setExact(true))
			.click();
		log.getByLabel("Pain before").selectOption("5");
		log.getByLabel("Pain after").selectOption("3");
		log.getByLabel("How hard was it?").selectOption("4");
		browser.screenshot(page, "session-log-2-filled");
		log.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save session")).click();

		assertThat(page).hasURL(Pattern.compile("/my/sessions/[0-9a-f-]{36}$"));
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Session saved");
		assertThat(page.locator("#session-summary")).containsText("Pelvic tilts");
		assertThat(page.locator("#session-summary .done-amounts")).hasText("What you did: 1 sets 10 reps");
		assertThat(page.locator("#pain-before")).hasText("5");
		assertThat(page.locator("#pain-after")).hasText("3");
		assertFitsTheScreen(page);
		browser.screenshot(page, "session-log-3-saved");
		assertThat(sessionsOf(patient)).isOne();
		problems.assertNone();
	}

	@Test
	void aSessionLoggedOfflineIsSentOnceTheConnectionIsBack(BrowserSession browser) {
		Account patient = patientWithTheStandardProgram();
		Page page = browser.phone();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, patient);
		Locator log = page.locator("#session-log");
		assertThat(log.locator("form[data-offline-ready]")).hasCount(1);

		page.context().setOffline(true);
		log.getByLabel("Pain before").selectOption("6");
		log.getByLabel("Pain after").selectOption("4");
		log.getByLabel("How hard was it?").selectOption("7");
		log.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save session")).click();

		Locator status = page.locator("#offline-queue-status");
		assertThat(status).containsText("saved on this phone");
		assertThat(status.locator(".offline-waiting")).containsText("waiting to be sent: 1");
		assertThat(page).hasURL(Pattern.compile("/my/program$"));
		assertThat(sessionsOf(patient)).isZero();
		assertFitsTheScreen(page);
		browser.screenshot(page, "session-log-4-kept-offline");

		page.context().setOffline(false);

		assertThat(status.locator(".offline-news")).containsText("Sent: 1");
		assertThat(status.locator(".offline-waiting")).hasCount(0);
		assertThat(sessionsOf(patient)).isOne();
		browser.screenshot(page, "session-log-5-sent");
		page.reload();
		assertThat(page.locator("#offline-queue-status .offline-waiting")).hasCount(0);
		assertThat(sessionsOf(patient)).isOne();
		assertThat(this.jdbc.sql("SELECT pain_before FROM exercise_sessions WHERE patient_id = :patient")
			.param("patient", patient.patientId().value())
			.query(Integer.class)
			.single()).isEqualTo(6);
		problems.assertNone();
	}

	@Test
	void aSessionWhoseAnswerWasLostIsSentAgainAndSavedOnce(BrowserSession browser) {
		Account patient = patientWithTheStandardProgram();
		Page page = browser.phone();
		signIn(page, patient);
		Locator log = page.locator("#session-log");
		page.context().setOffline(true);
		log.getByLabel("Pain before").selectOption("2");
		log.getByLabel("Pain after").selectOption("2");
		log.getByLabel("How hard was it?").selectOption("3");
		log.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save session")).click();
		assertThat(page.locator("#offline-queue-status .offline-waiting")).isVisible();

		// The first try reaches the server, which saves the session, but its answer never
		// reaches the phone, as when the connection drops again at that moment.
		List<String> lost = new CopyOnWriteArrayList<>();
		page.route("**/my/sessions", (route) -> {
			if (lost.isEmpty()) {
				route.fetch();
				lost.add(route.request().url());
				route.abort("internetdisconnected");
			}
			else {
				route.resume();
			}
		});
		page.context().setOffline(false);
		page.waitForCondition(() -> !lost.isEmpty());
		assertThat(page.locator("#offline-queue-status .offline-waiting")).isVisible();
		assertThat(sessionsOf(patient)).isOne();

		// The phone tries again (here: the next page load) with the same key.
		page.reload();

		assertThat(page.locator("#offline-queue-status .offline-news")).containsText("Sent: 1");
		assertThat(sessionsOf(patient)).isOne();
	}

	@Test
	void aKeptSessionTheClinicRefusesIsShownToThePatientUntilRead(BrowserSession browser) {
		Account patient = patientWithTheStandardProgram();
		Page page = browser.phone();
		signIn(page, patient);
		Locator log = page.locator("#session-log");
		page.context().setOffline(true);
		log.getByLabel("Pain before").selectOption("3");
		log.getByLabel("Pain after").selectOption("3");
		log.getByLabel("How hard was it?").selectOption("3");
		log.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save session")).click();
		assertThat(page.locator("#offline-queue-status .offline-waiting")).isVisible();
		// What a phone may hold after an update of the rules: a value the server now
		// refuses.
		page.evaluate("() => { const queue = JSON.parse(localStorage.getItem('fourstage.offlineQueue'));"
				+ " queue[0].fields = queue[0].fields.map(([name, value]) => [name, name === 'painAfter' ? '11' : value]);"
				+ " localStorage.setItem('fourstage.offlineQueue', JSON.stringify(queue)); }");

		page.context().setOffline(false);

		Locator refusal = page.locator("#offline-queue-status .offline-refused");
		assertThat(refusal).containsText("Your clinic did not accept an entry saved on this phone: Exercise session");
		assertThat(refusal).containsText("from 0 to 10");
		assertThat(refusal.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter it again")))
			.hasAttribute("href", "/my/program");
		assertThat(page.locator("#offline-queue-status .offline-waiting")).hasCount(0);
		assertThat(sessionsOf(patient)).isZero();
		assertFitsTheScreen(page);
		browser.screenshot(page, "session-log-6-refused");

		page.reload();
		assertThat(refusal).isVisible();
		refusal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("OK, remove this message")).click();
		assertThat(refusal).hasCount(0);
		page.reload();
		assertThat(page.locator("#offline-queue-status .offline-refused")).hasCount(0);
	}

	private static Locator exercise(Locator log, String name) {
		return log.locator(".session-exercise").filter(new Locator.FilterOptions().setHasText(name));
	}

	private int sessionsOf(Account patient) {
		return this.jdbc.sql("SELECT count(*) FROM exercise_sessions WHERE patient_id = :patient")
			.param("patient", patient.patientId().value())
			.query(Integer.class)
			.single();
	}

	private Account patientWithTheStandardProgram() {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		Account patient = this.accounts.patient(clinic);
		this.programs.assign(clinic.id(), patient.patientId(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.CALM_AND_UNLOAD, "Irritable", physio.id(), Instant.now());
		return patient;
	}

	private static void assertFitsTheScreen(Page page) {
		assertThat(page.evaluate(NO_SIDEWAYS_SCROLLING)).as("no sideways scrolling on " + page.url()).isEqualTo(true);
	}

	private static void signIn(Page page, Account account) {
		page.navigate("/login");
		page.getByLabel("Clinic code").fill(TestAccounts.signInCode(account));
		page.getByLabel("Email address").fill(account.email().value());
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

}
