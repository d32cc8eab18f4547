package org.fourstage.web.settings;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.BrowserSession;
import org.fourstage.web.testing.BrowserTest;
import org.fourstage.web.testing.PageProblems;
import org.fourstage.web.testing.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A clinic admin in a real browser reaches the measurement schedule from the settings,
 * types weeks out of order, reads the message next to the field and saves a fixed value.
 */
@BrowserTest
class MeasurementScheduleBrowserIT {

	@Autowired
	TestAccounts accounts;

	@Test
	void anAdminFindsTheScheduleUnderSettingsAndCorrectsWeeksOutOfOrder(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account admin = this.accounts.admin(clinic);
		Page page = browser.desktop();
		PageProblems.watch(page);
		page.navigate("/login");
		page.getByLabel("Clinic code").fill(TestAccounts.signInCode(admin));
		page.getByLabel("Email address").fill(admin.email().value());
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Measurement schedule").setExact(true))
			.click();
		assertThat(page).hasURL(Pattern.compile("/admin/settings/measurement-schedule$"));
		page.getByLabel("Disability index (Oswestry) in weeks").fill("0, 12, 6");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		assertThat(page.locator("#disabilityIndexWeeks-error"))
			.hasText("List each week once, from the earliest to the latest.");
		browser.screenshot(page, "schedule-1-refused-desktop");

		Page phone = browser.phone();
		phone.context().addCookies(page.context().cookies());
		phone.navigate("/admin/settings/measurement-schedule");
		Assertions.assertThat(phone.evaluate("document.documentElement.scrollWidth > window.innerWidth"))
			.isEqualTo(false);
		browser.screenshot(phone, "schedule-2-phone");

		page.getByLabel("Disability index (Oswestry) in weeks").fill("0, 6, 12, 26");
		page.getByLabel("Patient-specific functional scale").selectOption("4");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Measurement schedule saved");
		assertThat(page.getByLabel("Disability index (Oswestry) in weeks")).hasValue("0, 6, 12, 26");
		browser.screenshot(page, "schedule-3-saved-desktop");
	}

}
