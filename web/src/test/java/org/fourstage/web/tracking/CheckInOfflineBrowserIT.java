package org.fourstage.web.tracking;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fourstage.domain.account.Account;
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
 * A daily check-in made on a phone without a connection reaches the clinic once the
 * connection is back, as exactly one check-in.
 */
@BrowserTest
class CheckInOfflineBrowserIT {

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCheckInMadeOfflineArrivesAfterReconnectingExactlyOnce(BrowserSession browser) {
		Account patient = this.accounts.patient(this.accounts.clinic());
		Page page = browser.phone();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, patient);
		page.navigate("/my/check-in");
		assertThat(page.locator("form[data-offline-ready]")).hasCount(1);

		page.context().setOffline(true);
		page.getByLabel("Pain when you got up").fill("5");
		page.getByLabel("Morning stiffness (minutes)").fill("40");
		page.getByLabel("How well you slept").fill("6");
		page.getByLabel("Comfortable sitting (minutes)").fill("30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save check-in")).click();

		assertThat(page.locator("#offline-queue-status")).containsText("saved on this phone");
		assertThat(page).hasURL(Pattern.compile("/my/check-in$"));
		assertThat(checkInsOf(patient)).isZero();
		browser.screenshot(page, "check-in-1-kept-offline");

		page.context().setOffline(false);

		assertThat(page.locator("#offline-queue-status .offline-news")).containsText("Sent: 1");
		assertThat(checkInsOf(patient)).isOne();
		page.reload();
		assertThat(page.locator("#offline-queue-status .offline-waiting")).hasCount(0);
		assertThat(checkInsOf(patient)).isOne();
		assertThat(this.jdbc.sql("SELECT morning_pain FROM check_ins WHERE patient_id = :patient")
			.param("patient", patient.patientId().value())
			.query(Integer.class)
			.single()).isEqualTo(5);
		browser.screenshot(page, "check-in-2-sent");
		problems.assertNone();
	}

	private int checkInsOf(Account patient) {
		return this.jdbc.sql("SELECT count(*) FROM check_ins WHERE patient_id = :patient")
			.param("patient", patient.patientId().value())
			.query(Integer.class)
			.single();
	}

	private static void signIn(Page page, Account account) {
		page.navigate("/login");
		page.getByLabel("Clinic code").fill(TestAccounts.signInCode(account));
		page.getByLabel("Email address").fill(account.email().value());
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

}
