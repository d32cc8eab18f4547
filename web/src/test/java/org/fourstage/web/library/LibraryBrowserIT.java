package org.fourstage.web.library;

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
 * A physio in a real browser: narrows the library to one stage, reads an exercise on a
 * phone, copies the standard template and moves an exercise in the copy.
 */
@BrowserTest
class LibraryBrowserIT {

	@Autowired
	TestAccounts accounts;

	@Test
	void aPhysioFiltersOpensAnExerciseCopiesTheStandardTemplateAndReordersTheCopy(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		Page page = browser.desktop();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, physio);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exercises")).click();
		assertThat(heading(page, "Exercise library")).isVisible();
		page.getByLabel("Stage", new Page.GetByLabelOptions().setExact(true)).selectOption("RESTORE_MOBILITY");
		button(page, "Filter").click();
		assertThat(page).hasURL(Pattern.compile("stage=RESTORE_MOBILITY"));
		Locator rows = page.locator("tbody tr");
		assertThat(rows.first()).isVisible();
		for (String stage : rows.locator("td:nth-child(2)").allInnerTexts()) {
			Assertions.assertThat(stage).isEqualTo("2");
		}
		assertThat(page.locator("tbody")).not().containsText("Supported legs-up rest");
		browser.screenshot(page, "library-1-stage-two");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cat–camel")).click();
		assertThat(heading(page, "Cat–camel")).isVisible();
		assertThat(page.locator("#steps li").first()).isVisible();
		assertThat(page.locator("#cautions li").first()).isVisible();
		String exerciseUrl = page.url();

		Page phone = problems.add(browser.phone());
		signIn(phone, physio);
		phone.navigate(exerciseUrl);
		assertThat(heading(phone, "Cat–camel")).isVisible();
		assertThat(phone.locator("#dosage")).not().isEmpty();
		assertNoSidewaysScrolling(phone);
		browser.screenshot(phone, "library-2-exercise-phone");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Templates")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Standard four-stage program")).click();
		assertThat(page.locator("main")).containsText("cannot be changed");
		assertThat(button(page, "Move down")).hasCount(0);
		button(page, "Copy to our clinic").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("copied");
		assertThat(heading(page, "Standard four-stage program (our copy)")).isVisible();

		Locator stageOne = page.locator("#stage-1 .exercise-entry");
		String first = stageOne.nth(0).locator("a").first().innerText();
		String second = stageOne.nth(1).locator("a").first().innerText();
		stageOne.nth(0)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move down: " + first))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Template saved");
		assertThat(stageOne.nth(0).locator("a").first()).hasText(second);
		assertThat(stageOne.nth(1).locator("a").first()).hasText(first);
		browser.screenshot(page, "library-3-copy-reordered");

		page.navigate("/library/templates");
		assertThat(page.locator("#own-templates")).containsText("Standard four-stage program (our copy)");
		problems.assertNone();
	}

	private static void signIn(Page page, Account account) {
		page.navigate("/login");
		page.getByLabel("Clinic code").fill(TestAccounts.signInCode(account));
		page.getByLabel("Email address").fill(account.email().value());
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		button(page, "Sign in").click();
		assertThat(page).hasURL(Pattern.compile("/dashboard$"));
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static void assertNoSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		Assertions.assertThat(overflow).as("page wider than the window").isEqualTo(false);
	}

}
