package org.fourstage.web.clinic;

import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.SetupTokens;
import org.fourstage.web.testing.BrowserSession;
import org.fourstage.web.testing.BrowserTest;
import org.fourstage.web.testing.PageProblems;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first-run setup page in a real browser. It only opens while the deployment has no
 * clinic, so this class must never make one before its test: keep it to this one test.
 */
@BrowserTest
class SetupJourneyBrowserIT {

	private static final String ADMIN_EMAIL = "first.admin@test.example";

	private static final String ADMIN_PASSWORD = "seven otters carry the lantern home";

	@Autowired
	SetupTokens setupTokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstRunLinkCreatesTheClinicAndItsAdminWhoThenSignsIn(BrowserSession browser) {
		long clinics = this.jdbc.sql("SELECT count(*) FROM clinics").query(Long.class).single();
		if (clinics != 0) {
			Assertions.fail("The setup page only opens on a deployment without clinics, but this test class's "
					+ "database holds " + clinics + ". Something made a clinic before this test ran: another test "
					+ "method in this class, or a change to how browser tests get a fresh database.");
		}
		OneTimeToken token = OneTimeToken.random();
		this.setupTokens.issue(token, Instant.now().plusSeconds(3600));

		Page page = browser.desktop();
		PageProblems problems = PageProblems.watch(page);
		page.navigate("/setup?token=" + token.value());
		assertThat(heading(page, "Set up FourStage")).isVisible();

		page.getByLabel("Clinic name").fill("Harbourside Physiotherapy");
		page.getByLabel("Your name").fill("Hana Harbour");
		page.getByLabel("Email address").fill(ADMIN_EMAIL);
		Locator password = page.getByLabel("New password");
		Locator confirmation = page.getByLabel("Type the password again");
		password.fill(ADMIN_PASSWORD);
		confirmation.fill(ADMIN_PASSWORD + "!");
		button(page, "Create clinic and admin").click();

		// A slip in the second password marks that field and keeps the rest of the form.
		assertThat(confirmation).hasAttribute("aria-invalid", "true");
		assertThat(confirmation).hasAccessibleDescription("The two passwords are not the same.");
		assertThat(page.getByLabel("Clinic name")).hasValue("Harbourside Physiotherapy");
		assertThat(page.getByLabel("Email address")).hasValue(ADMIN_EMAIL);
		browser.screenshot(page, "setup-mismatch");

		password.fill(ADMIN_PASSWORD);
		confirmation.fill(ADMIN_PASSWORD);
		button(page, "Create clinic and admin").click();

		assertThat(page).hasURL(Pattern.compile("/login\\?clinicReady&clinic=harbourside-physioth&email="));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your clinic is ready");
		assertThat(page.getByLabel("Clinic code")).hasValue("harbourside-physioth");
		assertThat(page.getByLabel("Email address")).hasValue(ADMIN_EMAIL);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(ADMIN_PASSWORD);
		button(page, "Sign in").click();

		assertThat(page).hasURL(Pattern.compile("/admin/accounts$"));
		assertThat(heading(page, "Accounts")).isVisible();
		assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("Hana Harbour");
		assertThat(page.locator("tbody")).containsText(ADMIN_EMAIL);
		assertThat(page.locator("#sign-in-code")).containsText("harbourside-physioth");
		browser.screenshot(page, "setup-done-accounts");

		page.navigate("/setup?token=" + token.value());
		assertThat(heading(page, "This link no longer works")).isVisible();
		problems.assertNone();
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
