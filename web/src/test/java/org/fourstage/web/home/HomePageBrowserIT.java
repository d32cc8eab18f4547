package org.fourstage.web.home;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fourstage.web.testing.BrowserSession;
import org.fourstage.web.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@BrowserTest
class HomePageBrowserIT {

	@Test
	void showsTheFourStagesOnADesktop(BrowserSession browser) {
		Page page = browser.desktop();
		page.navigate("/");

		assertThat(page).hasTitle("FourStage");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("FourStage"))).isVisible();
		assertThat(page.locator(".stage-list .card")).hasCount(4);
		browser.screenshot(page, "home-desktop");
	}

	@Test
	void fitsAPhoneScreenWithoutSidewaysScrolling(BrowserSession browser) {
		Page page = browser.phone();
		page.navigate("/");

		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).first()).isVisible();
		Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
		browser.screenshot(page, "home-phone");
	}

}
