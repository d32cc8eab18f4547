package org.fourstage.web.security;

import java.time.Clock;
import java.util.Map;

import org.fourstage.domain.account.PasswordPolicy;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Secure by default: every route is refused unless it is opened here for the roles that
 * need it, so a new page cannot be reachable by accident.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SecurityConfiguration {

	static final String SESSION_COOKIE = "FOURSTAGE_SESSION";

	/**
	 * Scripts, styles and everything else only from this origin, never inline. Images may
	 * also be {@code data:} URLs, because Bootstrap draws its icons that way (the menu
	 * button on small screens, the arrow of a select, the mark on a refused field); an
	 * image cannot run script.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionProperties sessions, Clock clock,
			AuditTrail audit) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/error", "/password/set", "/setup", "/css/**", "/js/**", "/webjars/**",
					"/favicon.ico", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/settings/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/library/**")
			.hasRole("PHYSIO")
			.requestMatchers("/patients", "/patients/**")
			.hasRole("PHYSIO")
			.requestMatchers("/my/**")
			.hasRole("PATIENT")
			.requestMatchers("/start")
			.authenticated()
			.anyRequest()
			.denyAll());
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.defaultSuccessUrl("/start", true)
			.failureUrl("/login?error"));
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/login?signedOut")
			.addLogoutHandler((request, response, authentication) -> {
				if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
					audit.success(user, AuditAction.SIGN_OUT, "account", user.accountId());
				}
			}));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.addFilterAfter(new AbsoluteSessionLifetimeFilter(sessions.absoluteTimeout(), clock),
				SecurityContextHolderFilter.class);
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	/**
	 * Argon2id with OWASP's recommended cost (19 MiB, 2 passes), as the default of a
	 * delegating encoder so that the algorithm can be raised later without a reset.
	 * Unlike bcrypt it reads the whole password, however long.
	 * @return the encoder
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new TypedPasswordEncoder(new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19456, 2))));
	}

	/**
	 * The session cookie: never readable by scripts, not sent on cross-site requests
	 * other than top-level navigation, and Secure whenever the request came over https.
	 * @return the cookie settings
	 */
	@Bean
	DefaultCookieSerializer cookieSerializer() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(SESSION_COOKIE);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setCookiePath("/");
		return cookie;
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy(CommonPasswordList.load());
	}

}
