package org.fourstage.web.alert;

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
 * The alert journey of the issue: a patient on a phone records a flare-up with shooting
 * leg pain; the physio, at the desk, finds the urgent alert on the dashboard and answers
 * it with "back to Stage 1"; the patient's today page then shows Stage 1 and the flare
 * plan.
 */
@BrowserTest
class AlertJourneyBrowserIT {

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFlareUpWithShootingLegPainReachesThePhysioWhoSendsThePatientBackToStageOne(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		Account patient = this.accounts.patient(clinic);
		this.programs.assign(clinic.id(), patient.patientId(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.RESTORE_MOBILITY, "Calmer", physio.id(), Instant.now());

		Page phone = browser.phone();
		PageProblems patientProblems = PageProblems.watch(phone);
		signIn(phone, patient);
		phone.navigate("/my/flare-ups/new");
		phone.getByLabel("Worst pain").fill("7");
		phone.getByLabel("What set it off").selectOption("LIFTING");
		phone.getByLabel("Below the knee").check();
		phone.getByLabel("The pain in the leg is sharp or shooting").check();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and show my flare-up plan")).click();
		assertThat(phone).hasURL(Pattern.compile("/my/flare-ups/[0-9a-f-]{36}$"));
		browser.screenshot(phone, "alert-1-flare-up-saved-phone");

		Page desk = browser.desktop();
		PageProblems physioProblems = PageProblems.watch(desk);
		signIn(desk, physio);
		assertThat(desk).hasURL(Pattern.compile("/dashboard$"));
		assertThat(desk.locator("#urgent-alerts")).containsText("Urgent alerts (1)");
		assertThat(desk.locator("#urgent-alerts")).containsText("New nerve signs");
		assertThat(desk.locator("#urgent-alerts")).containsText(patient.name().value());
		browser.screenshot(desk, "alert-2-dashboard-desktop");

		desk.locator("#urgent-alerts")
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Answer"))
			.click();
		assertThat(desk.locator("#acknowledge-form")).isVisible();
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answer")).click();
		assertThat(desk.locator("#action-error")).containsText("Choose what you did.");
		desk.getByLabel("Moved the program back to Stage 1").check();
		browser.screenshot(desk, "alert-3-answer-desktop");
		desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answer")).click();

		assertThat(desk).hasURL(Pattern.compile("/dashboard$"));
		assertThat(desk.locator(".alert-success")).containsText("the program is back at Stage 1");
		assertThat(desk.locator("#urgent-alerts")).containsText("No open alerts.");
		browser.screenshot(desk, "alert-4-dashboard-answered-desktop");

		phone.navigate("/my/program");
		assertThat(phone.locator("main")).containsText("Stage 1 of 4");
		assertThat(phone.locator("#flare-plan-link")).isVisible();
		browser.screenshot(phone, "alert-5-today-stage-one-phone");
		phone.locator("#flare-plan-link").click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("If your back flares up")))
			.isVisible();
		browser.screenshot(phone, "alert-6-flare-plan-phone");

		assertThat(this.jdbc.sql("SELECT action FROM alerts WHERE patient_id = :p")
			.param("p", patient.patientId().value())
			.query(String.class)
			.single()).isEqualTo("REGRESSED_TO_STAGE_1");
		patientProblems.assertNone();
		physioProblems.assertNone();
	}

	private static void signIn(Page page, Account account) {
		page.navigate("/login");
		page.getByLabel("Clinic code").fill(TestAccounts.signInCode(account));
		page.getByLabel("Email address").fill(account.email().value());
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

}
