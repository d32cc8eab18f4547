package org.fourstage.domain.paging;

/**
 * Keeps page numbers from the address bar within sense.
 */
public final class Paging {

	private static final int MAX_PAGE = 100_000;

	private Paging() {
	}

	/**
	 * A page number from a request, clamped to 0..100,000.
	 * @param page the requested page
	 * @return a safe page number
	 */
	public static int clamp(int page) {
		return Math.max(0, Math.min(page, MAX_PAGE));
	}

}
