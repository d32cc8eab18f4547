package org.fourstage.web.clinic;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fourstage.domain.account.PasswordPolicy;
import org.fourstage.domain.account.SetupTokens;
import org.fourstage.web.clinic.FirstRunBootstrap.Settings;
import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * First start without the environment settings: a one-time setup link on the console. Its
 * own class, so the deployment starts without a clinic.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class FirstRunSetupLinkIT {

	private static final String PASSWORD = "lanterns along the old harbour";

	private static final Pattern LINK = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	ClinicSetup setup;

	@Autowired
	SetupTokens tokens;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Clock clock;

	@Autowired
	MutableClock mutableClock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void realTime() {
		this.mutableClock.reset();
	}

	@Test
	void printsALinkThatExpiresAfterAnHourAndWorksOnce(CapturedOutput output) throws Exception {
		String expired = printLink(output);
		this.mutableClock.advance(Duration.ofMinutes(61));
		this.mvc.perform(get("/setup").param("token", expired)).andExpect(view().name("account/link-invalid"));
		this.mutableClock.reset();

		String token = printLink(output);
		this.mvc.perform(get("/setup").param("token", token)).andExpect(view().name("clinic/setup"));
		this.mvc.perform(form(token, "<script>x</script>", "short"))
			.andExpect(model().attributeHasFieldErrors("form", "clinicName", "password"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinics").query(Integer.class).single()).isZero();

		this.mvc.perform(form(token, "Bayside Back Clinic", PASSWORD))
			.andExpect(redirectedUrl("/login?clinicReady&clinic=bayside-back-clinic&email=bay%40bayside.example"))
			.andExpect(cookie().doesNotExist(SignIn.COOKIE));
		assertThat(SignIn.attempt(this.mvc, "bayside-back-clinic", "bay@bayside.example", PASSWORD).getRedirectedUrl())
			.isEqualTo("/start");

		this.mvc.perform(get("/setup").param("token", token)).andExpect(view().name("account/link-invalid"));
		this.mvc.perform(form(token, "Second Clinic", PASSWORD)).andExpect(view().name("account/link-invalid"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinics").query(Integer.class).single()).isOne();
	}

	private String printLink(CapturedOutput output) {
		int before = output.getAll().length();
		new FirstRunBootstrap(this.setup, this.tokens, this.policy, this.encoder, this.clock,
				new Settings("", "", "", "Clinic admin", "http://localhost:8080"))
			.run(null);
		Matcher link = LINK.matcher(output.getAll().substring(before));
		assertThat(link.find()).as("a setup link on the console").isTrue();
		return link.group(1);
	}

	private static MockHttpServletRequestBuilder form(String token, String clinic, String password) {
		return post("/setup").with(csrf())
			.param("token", token)
			.param("clinicName", clinic)
			.param("adminName", "Bay Admin")
			.param("email", "bay@bayside.example")
			.param("password", password)
			.param("confirmation", password);
	}

}
