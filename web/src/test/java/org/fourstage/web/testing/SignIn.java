package org.fourstage.web.testing;

import java.util.Random;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs in through the real sign-in form, as a browser does, and hands back the session
 * cookie for later requests.
 */
public final class SignIn {

	public static final String COOKIE = "FOURSTAGE_SESSION";

	private static final Random ADDRESSES = new Random();

	private SignIn() {
	}

	/**
	 * Signs an account in with the shared test password.
	 * @param mvc the application
	 * @param account the account, of a clinic made by {@link TestAccounts}
	 * @return the session cookie
	 */
	public static Cookie as(MockMvc mvc, Account account) throws Exception {
		return attempt(mvc, account, TestAccounts.PASSWORD).getCookie(COOKIE);
	}

	/**
	 * Tries to sign an account in to its own clinic, for tests of failures.
	 * @param mvc the application
	 * @param account the account, of a clinic made by {@link TestAccounts}
	 * @param password the password typed
	 * @return the response
	 */
	public static MockHttpServletResponse attempt(MockMvc mvc, Account account, String password) throws Exception {
		return attempt(mvc, TestAccounts.signInCode(account), account.email().value(), password);
	}

	/**
	 * Tries to sign in with an address, to the clinic of the account made by
	 * {@link TestAccounts} that uses it (other addresses with an empty clinic code).
	 * @param mvc the application
	 * @param email the address typed
	 * @param password the password typed
	 * @return the response
	 */
	public static MockHttpServletResponse attempt(MockMvc mvc, String email, String password) throws Exception {
		return attempt(mvc, TestAccounts.signInCodeOfAddress(email), email, password);
	}

	/**
	 * Tries to sign in and returns the response, for tests of failures.
	 * @param mvc the application
	 * @param clinicCode the clinic code typed
	 * @param email the address typed
	 * @param password the password typed
	 * @return the response
	 */
	public static MockHttpServletResponse attempt(MockMvc mvc, String clinicCode, String email, String password)
			throws Exception {
		// Each attempt comes from its own address, so that no test reaches the limit of
		// failed sign-ins per address because of other tests.
		return attemptFrom(mvc, "10.1." + ADDRESSES.nextInt(256) + "." + ADDRESSES.nextInt(256), clinicCode, email,
				password);
	}

	/**
	 * Tries to sign in from a given client address.
	 * @param mvc the application
	 * @param clientAddress the address the request comes from
	 * @param clinicCode the clinic code typed
	 * @param email the address typed
	 * @param password the password typed
	 * @return the response
	 */
	public static MockHttpServletResponse attemptFrom(MockMvc mvc, String clientAddress, String clinicCode,
			String email, String password) throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/login").param("clinic", clinicCode)
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(clientAddress);
				return request;
			})).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		return response;
	}

	/**
	 * Tries to sign an account in from a given address and browser, which may carry the
	 * device cookie of an earlier sign-in.
	 * @param mvc the application
	 * @param clientAddress the address the request comes from
	 * @param device the device cookie, or null for a browser that has none
	 * @param account the account, of a clinic made by {@link TestAccounts}
	 * @param password the password typed
	 * @return the response
	 */
	public static MockHttpServletResponse onDevice(MockMvc mvc, String clientAddress, Cookie device, Account account,
			String password) throws Exception {
		MockHttpServletRequestBuilder request = post("/login").param("clinic", TestAccounts.signInCode(account))
			.param("email", account.email().value())
			.param("password", password)
			.with(csrf())
			.with((sent) -> {
				sent.setRemoteAddr(clientAddress);
				return sent;
			});
		if (device != null) {
			request.cookie(device);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

}
