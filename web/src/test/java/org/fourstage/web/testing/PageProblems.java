package org.fourstage.web.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collects what a person would never see but a browser complains about: errors on the
 * console (such as a script, style or image the Content-Security-Policy refused),
 * uncaught script errors and dialogs a page opened.
 */
public final class PageProblems {

	private final List<String> problems = new CopyOnWriteArrayList<>();

	private PageProblems() {
	}

	/**
	 * Starts watching pages; watch each page before it navigates.
	 * @param pages the pages
	 * @return the collected problems
	 */
	public static PageProblems watch(Page... pages) {
		PageProblems watcher = new PageProblems();
		for (Page page : pages) {
			watcher.add(page);
		}
		return watcher;
	}

	/**
	 * Also watches this page.
	 * @param page the page
	 * @return the page, for chaining
	 */
	public Page add(Page page) {
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.problems
					.add("console error on " + page.url() + ": " + message.text() + " (at " + message.location() + ")");
			}
		});
		page.onPageError((error) -> this.problems.add("script error on " + page.url() + ": " + error));
		page.onDialog((dialog) -> {
			this.problems.add(dialog.type() + " dialog on " + page.url() + ": " + dialog.message());
			dialog.dismiss();
		});
		return page;
	}

	/**
	 * Fails when anything was collected.
	 */
	public void assertNone() {
		assertThat(this.problems).as("problems the browser reported").isEmpty();
	}

}
