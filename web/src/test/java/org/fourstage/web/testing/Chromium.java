package org.fourstage.web.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The one headless Debian chromium of a test run, started on first use.
 */
final class Chromium {

	static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private static Browser browser;

	private Chromium() {
	}

	static boolean installed() {
		return Files.isExecutable(EXECUTABLE);
	}

	static synchronized Browser browser() {
		if (browser == null) {
			// Playwright must never fetch a browser of its own: this machine has no route
			// to it.
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run")));
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
		}
		return browser;
	}

}
