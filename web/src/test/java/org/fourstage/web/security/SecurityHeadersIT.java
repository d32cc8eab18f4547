package org.fourstage.web.security;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.web.testing.LinkedAssets;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@WebTest
class SecurityHeadersIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Test
	void sendsTheStrictContentSecurityPolicyAndFriends() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/")).andReturn().getResponse();

		// img-src adds data: images only, for Bootstrap's built-in icons; no script or
		// style
		// may come from anywhere but this origin, and none inline.
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'; img-src 'self' data:; "
				+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void everyResponseDeniesDeviceFeaturesAndCrossOriginUse() throws Exception {
		Cookie admin = this.signedIn.adminSession();
		List<MockHttpServletResponse> responses = List.of(this.mvc.perform(get("/")).andReturn().getResponse(),
				this.mvc.perform(get("/login")).andReturn().getResponse(),
				this.mvc.perform(get("/css/fourstage.css")).andReturn().getResponse(),
				this.mvc.perform(get("/no-such-page")).andReturn().getResponse(),
				this.mvc.perform(get("/patients").cookie(admin)).andReturn().getResponse(),
				this.mvc.perform(get("/admin/accounts/00000000-0000-0000-0000-000000000000").cookie(admin))
					.andReturn()
					.getResponse());

		assertThat(responses).extracting(MockHttpServletResponse::getStatus).contains(200, 403, 404);
		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.getHeader("Permissions-Policy")).contains("camera=()")
				.contains("microphone=()")
				.contains("geolocation=()")
				.contains("payment=()")
				.contains("usb=()");
			assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
			assertThat(response.getHeader("Cross-Origin-Resource-Policy")).isEqualTo("same-origin");
			assertThat(response.getHeader("Content-Security-Policy"))
				.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		});
	}

	@Test
	void theChainSendsTheValuesThatResponsesOutsideItReuse() throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/")).andReturn().getResponse();

		assertThat(SecurityHeaders.all()).isNotEmpty()
			.allSatisfy((name, value) -> assertThat(page.getHeader(name)).as(name).isEqualTo(value));
	}

	@Test
	void pagesLinkAssetsByContentHashAndAssetsAreCachedForAYear() throws Exception {
		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		List<String> assets = LinkedAssets.of(page);
		assertThat(assets).anySatisfy((asset) -> assertThat(asset).matches("/css/fourstage-[0-9a-f]{32}\\.css"))
			.anySatisfy((asset) -> assertThat(asset).matches("/js/copy-link-[0-9a-f]{32}\\.js"))
			.anySatisfy((asset) -> assertThat(asset)
				.matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min-[0-9a-f]{32}\\.css"));
		for (String asset : assets) {
			MockHttpServletResponse response = this.mvc.perform(get(asset)).andReturn().getResponse();
			assertThat(response.getStatus()).as(asset).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(asset).isEqualTo("max-age=31536000, public, immutable");
		}
	}

	@Test
	void pagesWithPatientDataAreNeverCached() throws Exception {
		Cookie session = this.signedIn.physioSession();
		MockHttpServletResponse response = this.mvc.perform(get("/patients").cookie(session)).andReturn().getResponse();

		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		MockHttpServletResponse response = SignIn.attempt(this.mvc, this.signedIn.physio(), TestAccounts.PASSWORD);

		String cookie = response.getHeaders("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(SignIn.COOKIE + "="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void theCookieIsSecureAndHstsIsSentOverHttps() throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/").secure(true)).andReturn().getResponse();
		assertThat(page.getHeader("Strict-Transport-Security")).contains("max-age=");

		Account physio = this.signedIn.physio();
		MockHttpServletResponse signIn = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
				.secure(true)
				.param("clinic", TestAccounts.signInCode(physio))
				.param("email", physio.email().value())
				.param("password", TestAccounts.PASSWORD)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn()
			.getResponse();
		assertThat(signIn.getHeaders("Set-Cookie")).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((header) -> assertThat(header).contains("Secure").contains("HttpOnly"));
	}

	@Test
	void errorPagesShowNoStackTrace() throws Exception {
		Cookie session = this.signedIn.adminSession();
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/accounts/00000000-0000-0000-0000-000000000000").cookie(session))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
	}

}
