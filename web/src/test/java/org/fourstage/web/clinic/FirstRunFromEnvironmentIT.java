package org.fourstage.web.clinic;

import java.time.Clock;

import org.fourstage.domain.account.PasswordPolicy;
import org.fourstage.domain.account.SetupTokens;
import org.fourstage.web.clinic.FirstRunBootstrap.Settings;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * First start with FOURSTAGE_CLINIC_NAME, FOURSTAGE_ADMIN_EMAIL and
 * FOURSTAGE_ADMIN_PASSWORD set. Its own class, so the deployment starts without a clinic.
 */
@WebTest
class FirstRunFromEnvironmentIT {

	private static final String PASSWORD = "harbour lights over the bay";

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
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void createsTheFirstClinicAndAdminOnceAndRefusesAWeakPassword() throws Exception {
		assertThat(clinics()).isZero();

		assertThatIllegalStateException().isThrownBy(() -> bootstrap("password12345678").run(null))
			.withMessageContaining("FOURSTAGE_ADMIN_PASSWORD");
		assertThat(clinics()).isZero();

		bootstrap(PASSWORD).run(null);
		assertThat(clinics()).isOne();
		String code = this.jdbc.sql("SELECT sign_in_code FROM clinics").query(String.class).single();
		assertThat(SignIn.attempt(this.mvc, code, "lead@harbour.example", PASSWORD).getRedirectedUrl())
			.isEqualTo("/start");

		bootstrap("a different passphrase entirely").run(null);
		assertThat(clinics()).isOne();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'CLINIC_CREATED'")
			.query(Integer.class)
			.single()).isOne();
	}

	private FirstRunBootstrap bootstrap(String password) {
		return new FirstRunBootstrap(this.setup, this.tokens, this.policy, this.encoder, this.clock,
				new Settings("Harbour Physio", "Lead@Harbour.example", password, "Lee Lead", "http://localhost:8080"));
	}

	private int clinics() {
		return this.jdbc.sql("SELECT count(*) FROM clinics").query(Integer.class).single();
	}

}
