package org.fourstage.web.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The styles and scripts a page links, at the addresses the page gives them.
 */
public final class LinkedAssets {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	private LinkedAssets() {
	}

	/**
	 * Reads the asset addresses out of a page.
	 * @param page the page's HTML
	 * @return the addresses, in page order
	 */
	public static List<String> of(String page) {
		Matcher links = LINK.matcher(page);
		List<String> assets = new ArrayList<>();
		while (links.find()) {
			assets.add(links.group(1));
		}
		return assets;
	}

}
