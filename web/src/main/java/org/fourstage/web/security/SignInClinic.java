package org.fourstage.web.security;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.domain.clinic.ClinicCode;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The clinic a sign-in is for: the sign-in form sends its code in the {@code clinic}
 * field, because one address may have separate accounts in several clinics. Spring
 * Security hands the account look-up only the address, so the code is read from the
 * request being authenticated. After a sign-in the browser keeps the code in a long-lived
 * cookie, so that people type it once per device.
 */
public final class SignInClinic {

	public static final String PARAMETER = "clinic";

	static final String COOKIE = "FOURSTAGE_CLINIC";

	private SignInClinic() {
	}

	/**
	 * The clinic code sent with the request being authenticated.
	 * @return the code, if one was sent and is well-formed
	 */
	static Optional<ClinicCode> ofCurrentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String typed = attributes.getRequest().getParameter(PARAMETER);
			return ClinicCode.isValid(typed) ? Optional.of(new ClinicCode(typed)) : Optional.empty();
		}
		return Optional.empty();
	}

	/**
	 * The code this browser signed in with last.
	 * @param request the request
	 * @return the remembered code
	 */
	static Optional<ClinicCode> remembered(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName()) && ClinicCode.isValid(cookie.getValue())) {
					return Optional.of(new ClinicCode(cookie.getValue()));
				}
			}
		}
		return Optional.empty();
	}

	static void remember(HttpServletRequest request, HttpServletResponse response, ClinicCode code) {
		response.addHeader("Set-Cookie", KnownDeviceCookie.longLived(request, COOKIE, code.value()));
	}

}
