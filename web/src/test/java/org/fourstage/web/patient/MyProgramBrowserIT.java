package org.fourstage.web.patient;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient on their phone: opens today's exercises, runs the hold timer with the
 * connection gone, finds the flare-up plan from anywhere on the page and downloads their
 * sheet.
 */
@BrowserTest
class MyProgramBrowserIT {

	private static final String NO_SIDEWAYS_SCROLLING = "document.documentElement.scrollWidth <= window.innerWidth";

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Test
	void aPatientFollowsTodaysExercisesOnAPhoneEvenOffline(BrowserSession browser) {
		Account patient = patientWithTheStandardProgram();
		Page page = browser.phone();
		PageProblems problems = PageProblems.watch(page);
		// Fake timers from the first page on, so the timer can be run without real
		// waiting.
		page.clock().install();
		signIn(page, patient);

		assertThat(page).hasURL(Pattern.compile("/my/program$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Calm and unload")))
			.isVisible();
		assertThat(page.locator("main")).containsText("Stage 1 of 4");
		assertThat(page.locator("#next-stage")).containsText("Stage 2: Restore mobility");
		assertFitsTheScreen(page);
		browser.screenshot(page, "my-program-1-phone");

		Locator holds = page.locator("#exercise-pain-calming-holds");
		Locator timer = holds.locator("[data-exercise-timer]");
		assertThat(timer).isHidden();
		holds.locator("summary").click();
		assertThat(holds.locator(".exercise-steps li").first()).isVisible();
		assertThat(holds.locator(".cautions")).containsText("Take care");
		assertThat(timer).isVisible();
		assertThat(timer.locator(".timer-clock")).hasText("0:08");
		assertThat(timer.locator(".timer-count")).hasText("0 of 5 rounds done");
		assertFitsTheScreen(page);

		List<String> requestsWhileOffline = new CopyOnWriteArrayList<>();
		page.onRequest((request) -> requestsWhileOffline.add(request.url()));
		page.context().setOffline(true);
		page.clock().pauseAt(System.currentTimeMillis() + 60_000);

		button(timer, "Start").click();
		assertThat(timer.locator(".timer-status")).hasText("Hold: round 1 of 5");
		page.clock().runFor(3_000);
		assertThat(timer.locator(".timer-clock")).hasText("0:05");
		page.clock().runFor(5_000);
		assertThat(timer.locator(".timer-status")).hasText("Rest. Round 2 of 5 comes next.");
		assertThat(timer.locator(".timer-count")).hasText("1 of 5 rounds done");
		assertThat(timer.locator(".timer-clock")).hasText("0:05");
		browser.screenshot(page, "my-program-2-timer-resting");
		page.clock().runFor(5_000);
		assertThat(timer.locator(".timer-status")).hasText("Hold: round 2 of 5");

		button(timer, "Pause").click();
		assertThat(timer.locator(".timer-status")).containsText("Paused");
		page.clock().runFor(60_000);
		assertThat(timer.locator(".timer-count")).hasText("1 of 5 rounds done");
		button(timer, "Carry on").click();
		// Round 2 to 5: four holds of 8 seconds with three rests of 5 seconds between
		// them.
		page.clock().runFor(4 * 8_000 + 3 * 5_000);
		assertThat(timer.locator(".timer-status")).hasText("Finished. Well done.");
		assertThat(timer.locator(".timer-count")).hasText("5 of 5 rounds done");
		assertThat(timer.locator(".timer-clock")).hasText("0:00");
		browser.screenshot(page, "my-program-3-timer-finished");

		button(timer, "Start over").click();
		assertThat(timer.locator(".timer-clock")).hasText("0:08");
		assertThat(timer.locator(".timer-count")).hasText("0 of 5 rounds done");
		assertThat(requestsWhileOffline).as("requests the timer made while offline").isEmpty();
		page.context().setOffline(false);

		page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
		Locator flareLink = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Flare-up? Open your flare-up plan"));
		BoundingBox box = flareLink.boundingBox();
		assertThat(box.y).as("flare-up link stays at the top while scrolling").isBetween(0.0, 80.0);
		flareLink.click();

		assertThat(page).hasURL(Pattern.compile("/my/program/flare-plan$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("If your back flares up")))
			.isVisible();
		assertThat(page.locator("#seek-help")).containsText("Get urgent medical help");
		assertFitsTheScreen(page);
		browser.screenshot(page, "my-program-4-flare-plan");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to my program")).first().click();
		assertThat(page).hasURL(Pattern.compile("/my/program$"));
		Download sheet = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my program sheet (PDF)"))
			.click());
		assertThat(sheet.suggestedFilename()).matches("fourstage-program-stage-1-\\d{4}-\\d{2}-\\d{2}\\.pdf");
		problems.assertNone();
	}

	@Test
	void aPatientWithoutAProgramIsToldKindlyOnAPhone(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account patient = this.accounts.patient(clinic);
		Page page = browser.phone();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, patient);

		assertThat(page.locator("#no-program")).containsText("You have no program yet.");
		assertThat(
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Flare-up? Open your flare-up plan")))
			.isVisible();
		assertFitsTheScreen(page);
		browser.screenshot(page, "my-program-5-none");
		problems.assertNone();
	}

	@Test
	void theProgramReadsWellOnADesktopToo(BrowserSession browser) {
		Account patient = patientWithTheStandardProgram();
		Page page = browser.desktop();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, patient);
		page.locator("#exercise-ql-release summary").click();

		assertThat(page.locator("#exercise-ql-release .timer-count")).hasText("0 of 2 rounds done");
		browser.screenshot(page, "my-program-6-desktop");
		problems.assertNone();
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

	private static Locator button(Locator within, String name) {
		return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
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
