package org.fourstage.web.assessment;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.assessment.RedFlagStatus;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.web.testing.AssessmentForm;
import org.fourstage.web.testing.BrowserSession;
import org.fourstage.web.testing.BrowserTest;
import org.fourstage.web.testing.PageProblems;
import org.fourstage.web.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A physio completes an assessment with a red flag in a real browser, sees the urgent
 * finding above everything else, and records a clinical override with a reason.
 */
@BrowserTest
class AssessmentRedFlagBrowserIT {

	@Autowired
	TestAccounts accounts;

	@Autowired
	RedFlagStatus redFlags;

	@Test
	void aPhysioCompletesAnAssessmentWithARedFlagAndRecordsAnOverride(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		UUID patient = this.accounts.patientRecord(clinic);
		Page page = browser.desktop();
		PageProblems problems = PageProblems.watch(page);
		page.navigate("/login");
		page.getByLabel("Clinic code").fill(TestAccounts.signInCode(physio));
		page.getByLabel("Email address").fill(physio.email().value());
		page.getByLabel("Password").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

		page.navigate("/patients/" + patient + "/assessments");
		button(page, "Start an initial assessment").click();
		assertThat(page).hasURL(Pattern.compile("/assessments/[0-9a-f-]{36}$"));

		AssessmentForm.fillInitialWithSaddleNumbness(page, "12");
		button(page, "Complete assessment").click();

		// 12 is refused next to its field, and the rest of the input is kept.
		assertThat(page.locator("#painWorst-error")).hasText("Pain is rated from 0 to 10.");
		assertThat(page.getByLabel("Pain now *")).hasValue("7");
		browser.screenshot(page, "assessment-1-refused");
		page.getByLabel("Worst pain in the last 24 hours *").fill("8");
		button(page, "Complete assessment").click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Assessment completed");
		assertThat(page.locator("#red-flag-finding")).containsText("Urgent medical assessment needed");
		assertThat(page.locator("#red-flag-finding")).containsText("Numbness in the saddle area");
		Object urgentFirst = page.evaluate("document.querySelector('#red-flag-finding').getBoundingClientRect().top"
				+ " < [...document.querySelectorAll('h2')].find(h => h.textContent.includes('Suggested starting stage'))"
				+ ".getBoundingClientRect().top");
		org.assertj.core.api.Assertions.assertThat(urgentFirst).isEqualTo(true);
		browser.screenshot(page, "assessment-2-urgent-finding");

		button(page, "Record the override").click();
		assertThat(page.locator("#reason-error")).hasText("Please give the reason.");
		page.getByLabel("Reason for the override (10 to 1000 characters)")
			.fill("Seen by the GP this morning; saddle numbness explained and cleared for gentle exercise.");
		button(page, "Record the override").click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Override recorded.");
		assertThat(page.locator(".override-recorded")).containsText(physio.name().value());
		assertThat(page.locator(".override-recorded")).containsText("Seen by the GP this morning");
		browser.screenshot(page, "assessment-3-override-recorded");
		org.assertj.core.api.Assertions.assertThat(this.redFlags.mayAssignProgram(clinic.id(), new PatientId(patient)))
			.isTrue();
		problems.assertNone();
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
