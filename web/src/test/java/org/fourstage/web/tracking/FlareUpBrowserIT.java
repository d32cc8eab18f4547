package org.fourstage.web.tracking;

import java.time.Instant;
import java.util.regex.Pattern;

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
 * A patient on their phone records a flare-up with shooting pain below the knee and a
 * red-flag sign, and sees at once the plain message to get help now and the Stage 1 flare
 * plan; then a daily check-in from the today page.
 */
@BrowserTest
class FlareUpBrowserIT {

	private static final String NO_SIDEWAYS_SCROLLING = "document.documentElement.scrollWidth <= window.innerWidth";

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPatientRecordsAFlareUpWithShootingLegPainAndARedFlagSignOnAPhone(BrowserSession browser) {
		Account patient = patientWithAProgram();
		Page page = browser.phone();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, patient);

		page.locator("#flare-up-link").click();
		assertThat(page).hasURL(Pattern.compile("/my/flare-ups/new$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a flare-up")))
			.isVisible();
		page.getByLabel("Worst pain").fill("8");
		page.getByLabel("What set it off").selectOption("LIFTING");
		page.getByLabel("Below the knee").check();
		page.getByLabel("The pain in the leg is sharp or shooting").check();
		page.getByLabel("Weakness in a leg or foot that is getting worse").check();
		page.getByLabel("What helped (optional)").fill("Lying on my back with the knees up");
		assertFitsTheScreen(page);
		browser.screenshot(page, "flare-up-1-form-phone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and show my flare-up plan")).click();

		assertThat(page).hasURL(Pattern.compile("/my/flare-ups/[0-9a-f-]{36}$"));
		assertThat(page.locator("#urgent-contact")).isVisible();
		assertThat(page.locator("#urgent-contact")).containsText("Contact your clinic or emergency services now");
		assertThat(page.locator("#urgent-contact")).containsText("Weakness in a leg or foot that is getting worse");
		assertThat(page.locator("#urgent-contact").boundingBox().y).as("the urgent message comes first")
			.isLessThan(200.0);
		assertThat(page.locator("#leg-summary")).containsText("Below the knee");
		assertThat(page.locator("#leg-summary")).containsText("sharp or shooting");
		assertThat(page.locator("#nerve-advice")).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("If your back flares up")))
			.isVisible();
		assertThat(page.locator("#unload-heading")).isVisible();
		assertThat(page.locator("#seek-help")).isVisible();
		assertFitsTheScreen(page);
		browser.screenshot(page, "flare-up-2-plan-and-urgent-phone");
		page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
		browser.screenshot(page, "flare-up-3-plan-end-phone");

		assertThat(this.jdbc
			.sql("SELECT count(*) FROM flare_ups WHERE patient_id = :p AND leg_symptoms = 'BELOW_THE_KNEE' "
					+ "AND sharp_or_shooting AND red_flag_signs = ARRAY['WORSENING_WEAKNESS']")
			.param("p", patient.patientId().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		problems.assertNone();
	}

	@Test
	void aPatientFillsInTodaysCheckInOnAPhone(BrowserSession browser) {
		Account patient = patientWithAProgram();
		Page page = browser.phone();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, patient);

		page.locator("#check-in-link").click();
		page.getByLabel("Pain when you got up").fill("5");
		page.getByLabel("Morning stiffness (minutes)").fill("30");
		page.getByLabel("How well you slept").fill("7");
		page.getByLabel("Comfortable sitting (minutes)").fill("45");
		assertFitsTheScreen(page);
		browser.screenshot(page, "check-in-1-form-phone");
		page.locator("#check-in-save").click();

		assertThat(page.locator(".alert-success")).containsText("Check-in saved");
		assertThat(page.getByLabel("Pain when you got up")).hasValue("5");
		assertThat(page.locator("#check-in-save")).hasText("Save changes");
		browser.screenshot(page, "check-in-2-saved-phone");
		problems.assertNone();
	}

	private Account patientWithAProgram() {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		Account patient = this.accounts.patient(clinic);
		this.programs.assign(clinic.id(), patient.patientId(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.RESTORE_MOBILITY, "Calmer", physio.id(), Instant.now());
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
