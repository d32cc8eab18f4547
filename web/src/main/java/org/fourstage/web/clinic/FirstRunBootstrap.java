package org.fourstage.web.clinic;

import java.time.Clock;
import java.time.Duration;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordPolicy;
import org.fourstage.domain.clinic.ClinicName;
import org.fourstage.domain.account.SetupTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a deployment without any clinic, creates the first clinic and admin from
 * {@code FOURSTAGE_CLINIC_NAME}, {@code FOURSTAGE_ADMIN_EMAIL} and
 * {@code FOURSTAGE_ADMIN_PASSWORD}; where those are not set, prints a one-time setup link
 * on the console, valid for one hour.
 */
@Component
@ConditionalOnProperty(name = "fourstage.operator-command", havingValue = "false", matchIfMissing = true)
class FirstRunBootstrap implements ApplicationRunner {

	static final Duration SETUP_LINK_VALIDITY = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(FirstRunBootstrap.class);

	private final ClinicSetup setup;

	private final SetupTokens setupTokens;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final Settings settings;

	FirstRunBootstrap(ClinicSetup setup, SetupTokens setupTokens, PasswordPolicy policy, PasswordEncoder encoder,
			Clock clock, Settings settings) {
		this.setup = setup;
		this.setupTokens = setupTokens;
		this.policy = policy;
		this.encoder = encoder;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.setup.isEmpty()) {
			return;
		}
		if (this.settings.complete()) {
			createFromEnvironment();
		}
		else {
			printSetupLink();
		}
	}

	private void createFromEnvironment() {
		ClinicName clinic;
		EmailAddress email;
		DisplayName name;
		try {
			clinic = new ClinicName(this.settings.clinicName());
			email = new EmailAddress(this.settings.adminEmail());
			name = new DisplayName(this.settings.adminName());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"The first clinic could not be created from the environment: " + ex.getMessage()
							+ ". Check FOURSTAGE_CLINIC_NAME, FOURSTAGE_ADMIN_EMAIL and FOURSTAGE_ADMIN_NAME.");
		}
		this.policy.check(this.settings.adminPassword(), email).ifPresent((problem) -> {
			throw new IllegalStateException("FOURSTAGE_ADMIN_PASSWORD is not acceptable (" + problem
					+ "): use at least 15 characters that are not a common password.");
		});
		Account admin = this.setup.addClinic(clinic, name, email, this.encoder.encode(this.settings.adminPassword()));
		log.info("Created the first clinic '{}' with the admin {}; its sign-in code is {}", clinic, email,
				this.setup.signInCode(admin.clinicId()));
	}

	private void printSetupLink() {
		OneTimeToken token = OneTimeToken.random();
		this.setupTokens.issue(token, this.clock.instant().plus(SETUP_LINK_VALIDITY));
		String link = this.settings.publicUrl().replaceAll("/+$", "") + "/setup?token=" + token.value();
		log.warn("""

				============================================================================
				 FourStage has no clinic yet. Open this link within one hour to create the
				 first clinic and its admin account (the link works once):

				   {}

				 Or set FOURSTAGE_CLINIC_NAME, FOURSTAGE_ADMIN_EMAIL and
				 FOURSTAGE_ADMIN_PASSWORD and start again.
				============================================================================""", link);
	}

	/**
	 * The first-run settings from the environment.
	 *
	 * @param clinicName {@code FOURSTAGE_CLINIC_NAME}
	 * @param adminEmail {@code FOURSTAGE_ADMIN_EMAIL}
	 * @param adminPassword {@code FOURSTAGE_ADMIN_PASSWORD}
	 * @param adminName {@code FOURSTAGE_ADMIN_NAME}, "Clinic admin" by default
	 * @param publicUrl {@code FOURSTAGE_PUBLIC_URL}, the address people reach the app at
	 */
	@Component
	record Settings(@Value("${fourstage.clinic-name:}") String clinicName,
			@Value("${fourstage.admin-email:}") String adminEmail,
			@Value("${fourstage.admin-password:}") String adminPassword,
			@Value("${fourstage.admin-name:Clinic admin}") String adminName,
			@Value("${fourstage.public-url}") String publicUrl) {

		boolean complete() {
			return StringUtils.hasText(this.clinicName) && StringUtils.hasText(this.adminEmail)
					&& StringUtils.hasText(this.adminPassword);
		}

	}

}
