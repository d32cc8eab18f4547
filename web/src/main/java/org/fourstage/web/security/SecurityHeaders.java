package org.fourstage.web.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries, in one place: the filter chain sends them
 * with every page, asset and error page, and a response written outside the chain (such
 * as a page shown while the app cannot serve) sends the same ones with
 * {@link #writeTo(HttpServletResponse)}.
 */
public final class SecurityHeaders {

	/**
	 * Scripts, styles and everything else only from this origin, never inline. Images may
	 * also be {@code data:} URLs, because Bootstrap draws its icons that way (the menu
	 * button on small screens, the arrow of a select, the mark on a refused field); an
	 * image cannot run script.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	/**
	 * No page uses a device or a browser feature beyond plain pages and forms, so every
	 * powerful feature is off, for this origin and for anything it might embed.
	 */
	public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), bluetooth=(), camera=(), "
			+ "display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), "
			+ "idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), "
			+ "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

	/**
	 * A page opened from another site gets no handle on our window, and ours none on it.
	 */
	public static final String CROSS_ORIGIN_OPENER_POLICY = "same-origin";

	/**
	 * Nothing of ours, patient data least of all, may be loaded by another site's page.
	 */
	public static final String CROSS_ORIGIN_RESOURCE_POLICY = "same-origin";

	public static final String REFERRER_POLICY = "same-origin";

	/** Pages hold patient data: no browser or proxy keeps a copy. */
	public static final String PAGE_CACHE_CONTROL = "no-cache, no-store, max-age=0, must-revalidate";

	private SecurityHeaders() {
	}

	/**
	 * Every header above with its name, for responses written outside the filter chain.
	 * @return header name to value, in a stable order
	 */
	public static Map<String, String> all() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.put("Permissions-Policy", PERMISSIONS_POLICY);
		headers.put("Cross-Origin-Opener-Policy", CROSS_ORIGIN_OPENER_POLICY);
		headers.put("Cross-Origin-Resource-Policy", CROSS_ORIGIN_RESOURCE_POLICY);
		headers.put("Referrer-Policy", REFERRER_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Cache-Control", PAGE_CACHE_CONTROL);
		return headers;
	}

	/**
	 * Sets every header on a response the filter chain does not see.
	 * @param response the response, not yet committed
	 */
	public static void writeTo(HttpServletResponse response) {
		all().forEach(response::setHeader);
	}

}
