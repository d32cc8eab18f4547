package org.fourstage.web.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.AssignedProgram;
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
 * The progress pages in a real browser, on a phone and on a desktop, for a patient five
 * weeks into the program: pain easing with a flare-up in between, a move to Stage 2, two
 * assessments. The screenshots are for a person to look at.
 */
@BrowserTest
class ProgressBrowserIT {

	private static final String NO_SIDEWAYS_SCROLLING = "document.documentElement.scrollWidth <= window.innerWidth";

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePatientFollowsTheirProgressOnAPhoneAndADesktop(BrowserSession browser) {
		People people = fiveWeeksIn();
		Page phone = browser.phone();
		Page desktop = browser.desktop();
		PageProblems problems = PageProblems.watch(phone, desktop);
		signIn(phone, people.patient());

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See my progress")).click();

		assertThat(phone).hasURL(Pattern.compile("/my/progress$"));
		assertThat(phone.locator("#figure-pain")).containsText("of 10");
		assertThat(phone.locator("#figure-sessions")).containsText("program week 6");
		assertThat(phone.locator("#chart-pain")).isVisible();
		assertThat(phone.locator("#chart-adherence")).isVisible();
		assertThat(phone.locator("#chart-endurance")).isVisible();
		assertThat(phone.locator("#chart-disability")).hasCount(0);
		assertFitsTheScreen(phone);
		browser.screenshot(phone, "progress-1-patient-phone");
		phone.locator("#chart-adherence").locator("xpath=ancestor::figure").locator("summary").click();
		assertThat(phone.locator("#chart-adherence").locator("xpath=ancestor::figure").locator("tbody tr")).hasCount(6);
		assertFitsTheScreen(phone);

		signIn(desktop, people.patient());
		desktop.navigate("/my/progress");
		assertThat(desktop.locator("#chart-pain")).isVisible();
		browser.screenshot(desktop, "progress-2-patient-desktop");
		problems.assertNone();
	}

	@Test
	void thePhysioReadsTheTrackingPageOnADesktopAndAPhone(BrowserSession browser) {
		People people = fiveWeeksIn();
		Page desktop = browser.desktop();
		Page phone = browser.phone();
		PageProblems problems = PageProblems.watch(desktop, phone);
		signIn(desktop, people.physio());
		desktop.navigate("/patients/" + people.patient().patientId());

		desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tracking and charts")).click();

		assertThat(desktop).hasURL(Pattern.compile("/patients/[0-9a-f-]+/tracking$"));
		for (String chart : new String[] { "#chart-pain", "#chart-adherence", "#chart-disability",
				"#chart-endurance" }) {
			assertThat(desktop.locator(chart)).isVisible();
		}
		assertThat(desktop.locator("#flare-up-table tbody tr")).hasCount(1);
		assertThat(desktop.locator("#flare-up-table")).containsText("Bending");
		assertThat(desktop.locator(".timeline .list-group-item")).hasCount(25);
		browser.screenshot(desktop, "progress-3-physio-desktop");

		signIn(phone, people.physio());
		phone.navigate("/patients/" + people.patient().patientId() + "/tracking?page=1");
		assertThat(phone.locator("#chart-disability")).isVisible();
		assertThat(phone.getByText("Page 2 of")).isVisible();
		browser.screenshot(phone, "progress-4-physio-phone");
		problems.assertNone();
	}

	private People fiveWeeksIn() {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		Account patient = this.accounts.patient(clinic);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Instant now = Instant.now();
		AssignedProgram program = this.programs.assign(clinic.id(), patient.patientId(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.CALM_AND_UNLOAD, "Irritable and guarded", physio.id(), now.minus(Duration.ofDays(37)));
		this.programs.moveStage(clinic.id(), program.id(), Stage.RESTORE_MOBILITY, "Calmer, moving more freely",
				physio.id(), now.minus(Duration.ofDays(12)), today.minusDays(12));
		TrackedRows rows = new TrackedRows(this.jdbc, clinic, patient.patientId(), physio);
		for (int day = 36; day >= 0; day--) {
			int base = 7 - (36 - day) / 7;
			boolean flaring = day <= 22 && day >= 19;
			int morning = Math.max(0, Math.min(10, flaring ? 8 : base + (day % 3 == 0 ? 1 : 0)));
			if (day % 6 != 5) {
				rows.checkIn(today.minusDays(day), morning, (day % 4 == 0) ? null : Math.max(0, morning - 1));
			}
			if (day % 7 != 3 && day % 7 != 6 && !flaring) {
				UUID session = rows.session(program.id(), today.minusDays(day), morning, Math.max(0, morning - 2), "");
				rows.exercise(session, 0, "pelvic-tilts", "DONE", 2, 2);
				rows.exercise(session, 1, "knee-rolls", (day % 5 == 0) ? "PARTLY" : "DONE", 2, (day % 5 == 0) ? 1 : 2);
			}
		}
		rows.flareUp(today.minusDays(22), today.minusDays(19), 8, "BENDING", "", "Lying on my side, short walks");
		rows.assessment(today.minusDays(36), 7, 8, true);
		rows.assessment(today.minusDays(11), 4, 14, false);
		rows.disabilityIndex(now.minus(Duration.ofDays(36)), "44", "severe");
		rows.disabilityIndex(now.minus(Duration.ofDays(11)), "30", "moderate");
		return new People(physio, patient);
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

	private record People(Account physio, Account patient) {

	}

}
