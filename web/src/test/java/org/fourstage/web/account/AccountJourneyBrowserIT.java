package org.fourstage.web.account;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.BrowserSession;
import org.fourstage.web.testing.BrowserTest;
import org.fourstage.web.testing.PageProblems;
import org.fourstage.web.testing.TestAccounts;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The account journeys in a real browser: an admin brings a colleague in with a one-time
 * link, refuses bad input, shuts a colleague out, and a person signs out on a phone.
 */
@BrowserTest
class AccountJourneyBrowserIT {

	private static final String NEW_PASSWORD = "quiet harbour under copper rain";

	private static final String CONTRAST_WITH_NAVBAR = """
			(element) => {
				const rgba = (css) => css.match(/[\\d.]+/g).map(Number);
				const [r, g, b, a = 1] = rgba(getComputedStyle(element).color);
				const [br, bg, bb] = rgba(getComputedStyle(element.closest('.navbar')).backgroundColor);
				const mix = (front, back) => front * a + back * (1 - a);
				const luminance = (channels) => {
					const [lr, lg, lb] = channels.map((c) => {
						const s = c / 255;
						return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
					});
					return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
				};
				const fore = luminance([mix(r, br), mix(g, bg), mix(b, bb)]);
				const back = luminance([br, bg, bb]);
				return (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
			}
			""";

	@Autowired
	TestAccounts accounts;

	@Test
	void anAdminBringsInAPhysioWhoSetsAPasswordOnAPhoneAndSignsIn(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account admin = this.accounts.admin(clinic);
		String email = "nora." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

		Page adminPage = browser.desktop();
		PageProblems problems = PageProblems.watch(adminPage);
		signIn(adminPage, admin, TestAccounts.PASSWORD);
		assertThat(adminPage).hasURL(Pattern.compile("/admin/accounts$"));
		assertThat(heading(adminPage, "Accounts")).isVisible();
		assertReadableOnTheNavbar(adminPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")));
		assertReadableOnTheNavbar(adminPage.getByRole(AriaRole.NAVIGATION).getByText(admin.name().value()));
		browser.screenshot(adminPage, "journey-1-accounts-list");

		adminPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New account")).click();
		adminPage.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Nora Newcomer");
		adminPage.getByLabel("Email address").fill(email);
		adminPage.getByLabel("Role").selectOption("PHYSIO");
		button(adminPage, "Create account").click();

		assertThat(adminPage).hasURL(Pattern.compile("/admin/accounts/[0-9a-f-]{36}$"));
		assertThat(heading(adminPage, "Nora Newcomer")).isVisible();
		assertThat(adminPage.getByRole(AriaRole.STATUS)).containsText("Account created");
		assertThat(adminPage.locator("main")).containsText("Waiting for password");
		Locator linkField = adminPage.locator("#password-link #link-url");
		assertThat(linkField).isVisible();
		assertThat(linkField).hasAttribute("readonly", "");
		String link = linkField.inputValue();
		Assertions.assertThat(link).startsWith(browser.baseUrl() + "/password/set?token=");
		browser.screenshot(adminPage, "journey-2-account-with-link");
		Locator copy = adminPage.locator("[data-copy-from=link-url]");
		assertThat(copy).hasText("Copy link");
		copy.click();
		assertThat(copy).hasText("Copied");

		// The newcomer is someone else, on their own phone.
		Page newcomer = problems.add(browser.phone());
		newcomer.navigate(link);
		assertThat(heading(newcomer, "Set your password")).isVisible();
		assertThat(newcomer.locator("main")).containsText("Nora Newcomer");
		Locator password = newcomer.getByLabel("New password");
		Locator confirmation = newcomer.getByLabel("Type the password again");

		password.fill("too short");
		confirmation.fill("too short");
		button(newcomer, "Set password").click();
		assertThat(password).hasAttribute("aria-invalid", "true");
		assertThat(password).hasClass(Pattern.compile("\\bis-invalid\\b"));
		assertThat(password).hasAccessibleDescription("Use at least 15 characters.");
		assertThat(newcomer.locator("#password-error")).isVisible();
		assertThat(confirmation).hasAttribute("aria-invalid", "false");
		assertNoSidewaysScrolling(newcomer);
		browser.screenshot(newcomer, "journey-3a-set-password-too-short-phone");

		password.fill(NEW_PASSWORD);
		confirmation.fill(NEW_PASSWORD + " but different");
		button(newcomer, "Set password").click();
		assertThat(confirmation).hasAttribute("aria-invalid", "true");
		assertThat(confirmation).hasAccessibleDescription("The two passwords are not the same.");
		assertThat(newcomer.locator("#confirmation-error")).isVisible();
		assertThat(password).hasAttribute("aria-invalid", "false");
		assertNoSidewaysScrolling(newcomer);
		browser.screenshot(newcomer, "journey-3b-set-password-mismatch-phone");

		password.fill(NEW_PASSWORD);
		confirmation.fill(NEW_PASSWORD);
		button(newcomer, "Set password").click();
		assertThat(newcomer).hasURL(Pattern.compile("/login\\?passwordSet&clinic=.*&email="));
		assertThat(newcomer.getByRole(AriaRole.STATUS)).containsText("Your password is set");
		assertThat(newcomer.getByLabel("Clinic code")).hasValue(TestAccounts.signInCode(admin));
		assertThat(newcomer.getByLabel("Email address")).hasValue(email);

		newcomer.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
		button(newcomer, "Sign in").click();
		assertThat(newcomer).hasURL(Pattern.compile("/dashboard$"));
		assertThat(heading(newcomer, "Dashboard")).isVisible();
		assertNoSidewaysScrolling(newcomer);
		browser.screenshot(newcomer, "journey-4-patient-list-phone");

		newcomer.navigate(link);
		assertThat(heading(newcomer, "This link no longer works")).isVisible();
		assertThat(newcomer.getByLabel("New password")).hasCount(0);

		adminPage.navigate("/admin/accounts");
		Locator row = adminPage.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(email));
		assertThat(row).containsText("Active");
		problems.assertNone();
	}

	@Test
	void refusesMarkupAsANameAndABrokenAddressWithoutRunningAnyScript(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account admin = this.accounts.admin(clinic);
		Page page = browser.desktop();
		// Records (and fails on) any alert the typed script could open.
		PageProblems problems = PageProblems.watch(page);
		signIn(page, admin, TestAccounts.PASSWORD);

		page.navigate("/admin/accounts/new");
		Locator name = page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
		Locator email = page.getByLabel("Email address");
		name.fill("<script>alert(1)</script>");
		email.fill("not an address");
		button(page, "Create account").click();

		assertThat(heading(page, "New account")).isVisible();
		assertThat(name).hasAttribute("aria-invalid", "true");
		assertThat(name).hasAccessibleDescription("Use at most 100 characters, without < or >.");
		assertThat(email).hasAttribute("aria-invalid", "true");
		assertThat(email).hasAccessibleDescription("Please enter an email address such as name@example.org.");
		// What was typed comes back as text in the field, not as markup in the page.
		assertThat(name).hasValue("<script>alert(1)</script>");
		assertThat(email).hasValue("not an address");
		assertThat(page.locator("main script")).hasCount(0);
		browser.screenshot(page, "bad-input-new-account");

		page.navigate("/admin/accounts");
		assertThat(page.locator("tbody tr")).hasCount(1);
		assertThat(page.locator("tbody")).containsText(admin.email().value());
		assertThat(page.locator("tbody")).not().containsText("script");

		page.getByRole(AriaRole.SEARCHBOX).fill("<script>alert(1)</script>");
		button(page, "Search").click();
		assertThat(page.getByText("No accounts match.")).isVisible();
		assertThat(page.getByRole(AriaRole.SEARCHBOX)).hasValue("<script>alert(1)</script>");

		problems.assertNone();
	}

	@Test
	void aDisabledPhysioIsSignedOutAtOnceAndCannotSignInAgain(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account admin = this.accounts.admin(clinic);
		Account physio = this.accounts.physio(clinic);

		Page physioPage = browser.desktop();
		Page adminPage = browser.desktop();
		PageProblems problems = PageProblems.watch(physioPage, adminPage);
		signIn(physioPage, physio, TestAccounts.PASSWORD);
		assertThat(heading(physioPage, "Dashboard")).isVisible();

		signIn(adminPage, admin, TestAccounts.PASSWORD);
		adminPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(physio.name().value())).click();
		assertThat(heading(adminPage, physio.name().value())).isVisible();
		button(adminPage, "Disable account").click();
		assertThat(adminPage.getByRole(AriaRole.STATUS)).containsText("Account disabled");
		assertThat(button(adminPage, "Enable account")).isVisible();
		assertThat(button(adminPage, "Disable account")).hasCount(0);
		browser.screenshot(adminPage, "disabled-account");

		physioPage.reload();
		assertThat(physioPage).hasURL(Pattern.compile("/login$"));
		assertThat(button(physioPage, "Sign out")).hasCount(0);

		signIn(physioPage, physio, TestAccounts.PASSWORD);
		assertThat(physioPage).hasURL(Pattern.compile("/login\\?error$"));
		assertThat(physioPage.getByRole(AriaRole.ALERT))
			.hasText("Sign-in did not work. Check the clinic code, your email address and password. "
					+ "After several failed attempts, sign-in waits a few minutes before the next try.");
		physioPage.navigate("/patients");
		assertThat(physioPage).hasURL(Pattern.compile("/login$"));
		problems.assertNone();
	}

	@Test
	void signingOutFromTheCollapsedMenuOnAPhoneEndsTheSession(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		Page page = browser.phone();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, physio, TestAccounts.PASSWORD);
		assertThat(heading(page, "Dashboard")).isVisible();

		Locator signOut = button(page, "Sign out");
		assertThat(signOut).isHidden();
		Locator toggler = button(page, "Show or hide the menu");
		assertThat(toggler).hasAttribute("aria-expanded", "false");
		// The three-line icon is an image the Content-Security-Policy must let through;
		// a refusal shows up as a console error, which PageProblems fails on.
		assertThat(toggler.locator(".navbar-toggler-icon")).isVisible();
		toggler.click();
		assertThat(toggler).hasAttribute("aria-expanded", "true");
		// Bootstrap's menu has opened fully once it is "show" and no longer "collapsing".
		assertThat(page.locator("#main-nav")).hasClass(Pattern.compile("^(?!.*collapsing).*\\bshow\\b"));
		assertThat(signOut).isVisible();
		assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText(physio.name().value());
		assertNoSidewaysScrolling(page);
		browser.screenshot(page, "phone-menu-open");

		signOut.click();
		assertThat(page).hasURL(Pattern.compile("/login\\?signedOut$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");

		page.navigate("/patients");
		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(heading(page, "Sign in")).isVisible();
		problems.assertNone();
	}

	private static void signIn(Page page, Account account, String password) {
		page.navigate("/login");
		page.getByLabel("Clinic code").fill(TestAccounts.signInCode(account));
		page.getByLabel("Email address").fill(account.email().value());
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		button(page, "Sign in").click();
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * Text on the navbar must stand out from it as WCAG AA asks of normal text: a
	 * contrast ratio of at least 4.5 to 1.
	 */
	private static void assertReadableOnTheNavbar(Locator text) {
		Object ratio = text.evaluate(CONTRAST_WITH_NAVBAR);
		Assertions.assertThat(((Number) ratio).doubleValue())
			.as("contrast of \"" + text.innerText() + "\" with the navbar")
			.isGreaterThanOrEqualTo(4.5);
	}

	private static void assertNoSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		Assertions.assertThat(overflow).as("page wider than the window").isEqualTo(false);
	}

}
