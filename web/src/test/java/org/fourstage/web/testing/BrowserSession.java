package org.fourstage.web.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The browser windows of one test: each window is a separate person with their own
 * cookies. Closed after the test.
 */
public final class BrowserSession implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final String baseUrl;

	private final List<BrowserContext> contexts = new ArrayList<>();

	BrowserSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * A desktop window, 1280 by 800.
	 * @return a page whose relative URLs resolve against the application
	 */
	public Page desktop() {
		return open(1280, 800, false);
	}

	/**
	 * A phone-sized window, 390 by 844, with touch.
	 * @return a page whose relative URLs resolve against the application
	 */
	public Page phone() {
		return open(390, 844, true);
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Saves what the page shows to {@code target/screenshots/NAME.png}, for a person to
	 * look at.
	 * @param page the page
	 * @param name the file name without extension
	 */
	public void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	private Page open(int width, int height, boolean touch) {
		BrowserContext context = Chromium.browser()
			.newContext(new Browser.NewContextOptions().setBaseURL(this.baseUrl)
				.setViewportSize(width, height)
				.setHasTouch(touch)
				.setIsMobile(touch)
				.setLocale("en-GB"));
		context.setDefaultTimeout(10_000);
		this.contexts.add(context);
		return context.newPage();
	}

	@Override
	public void close() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
	}

}
