package org.fourstage.web.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.domain.account.OneTimeToken;

import org.springframework.http.ResponseCookie;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The cookie by which a browser shows it has signed in before (OWASP's "device cookie").
 * It holds a random secret whose hash the database keeps per account; a wait started by
 * wrong passwords elsewhere does not apply to such a device.
 */
final class KnownDeviceCookie {

	static final String NAME = "FOURSTAGE_DEVICE";

	/** The longest lifetime browsers accept for a cookie. */
	private static final Duration LIFETIME = Duration.ofDays(400);

	private KnownDeviceCookie() {
	}

	/**
	 * The device secret of the current request.
	 * @return the secret, if the browser sent one
	 */
	static Optional<OneTimeToken> ofCurrentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return Optional.empty();
	}

	static Optional<OneTimeToken> of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			String value = cookie.getValue();
			if (NAME.equals(cookie.getName()) && value != null && !value.isBlank() && value.length() <= 100) {
				return Optional.of(new OneTimeToken(value));
			}
		}
		return Optional.empty();
	}

	/**
	 * Gives the browser its device secret, or renews the one it has.
	 * @param request the sign-in request
	 * @param response its response
	 * @return the secret now in the cookie
	 */
	static OneTimeToken give(HttpServletRequest request, HttpServletResponse response) {
		OneTimeToken device = of(request).orElseGet(OneTimeToken::random);
		response.addHeader("Set-Cookie", longLived(request, NAME, device.value()));
		return device;
	}

	/**
	 * A cookie that outlives sessions: never readable by scripts, not sent on cross-site
	 * requests other than top-level navigation, Secure over https.
	 * @param request the request answered
	 * @param name the cookie's name
	 * @param value its value
	 * @return the Set-Cookie header value
	 */
	static String longLived(HttpServletRequest request, String name, String value) {
		return ResponseCookie.from(name, value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(LIFETIME)
			.build()
			.toString();
	}

}
