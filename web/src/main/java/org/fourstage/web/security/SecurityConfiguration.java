package org.fourstage.web.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.fourstage.domain.account.PasswordPolicy;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.account.SignInHistory;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.audit.RefusalAudit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Secure by default: every route is refused unless it is opened here for the roles that
 * need it, so a new page cannot be reachable by accident.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
class SecurityConfiguration {

	static final String SESSION_COOKIE = "FOURSTAGE_SESSION";

	static final String FORM_TOKEN_COOKIE = "FOURSTAGE_FORM_TOKEN";

	/** Styles, scripts and icons: public, and served without a look at the session. */
	static final String[] ASSETS = { "/css/**", "/js/**", "/webjars/**", "/favicon.ico" };

	/**
	 * The web filter chain; the operator's commands run without a web server and so
	 * without it.
	 */
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionProperties sessions, Clock clock,
			AuditTrail audit, SignInHistory history, PasswordTokens tokens, RefusalAudit refusals) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(ASSETS)
			.permitAll()
			.requestMatchers("/", "/login", "/error", "/password/set", "/setup", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/settings/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/library/**")
			.hasRole("PHYSIO")
			.requestMatchers("/patients", "/patients/**", "/dashboard", "/alerts/**")
			.hasRole("PHYSIO")
			.requestMatchers("/my/**")
			.hasRole("PATIENT")
			.requestMatchers("/start", LinkNoticeController.PATH)
			.authenticated()
			.anyRequest()
			.denyAll());
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler(new SignInSuccess(history, tokens, clock))
			.failureHandler(signInFailure()));
		// Anonymous visitors get no server-side session: the form token lives in a
		// cookie, nobody is sent back to the page they asked for (everyone starts at
		// /start), and a failed sign-in keeps no state.
		http.csrf((csrf) -> csrf.csrfTokenRepository(formTokens()));
		http.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		// Also answers refused form tokens, as the CSRF filter takes this handler.
		http.exceptionHandling((refused) -> refused.accessDeniedHandler(new AuditedAccessDenial(refusals)));
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/login?signedOut")
			.addLogoutHandler((request, response, authentication) -> {
				if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
					audit.success(user, AuditAction.SIGN_OUT, AuditTarget.ACCOUNT, user.accountId());
				}
			}));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.addFilterAfter(new AbsoluteSessionLifetimeFilter(sessions.absoluteTimeout(), clock),
				SecurityContextHolderFilter.class);
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
			.permissionsPolicyHeader((permissions) -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
			.crossOriginOpenerPolicy(
					(opener) -> opener.policy(CrossOriginOpenerPolicy.from(SecurityHeaders.CROSS_ORIGIN_OPENER_POLICY)))
			.crossOriginResourcePolicy((resource) -> resource
				.policy(CrossOriginResourcePolicy.from(SecurityHeaders.CROSS_ORIGIN_RESOURCE_POLICY)))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY)))
			.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	/**
	 * The CSRF token of every form, in a cookie that scripts cannot read, so an anonymous
	 * form needs no session; a token from the page must match it on every POST.
	 */
	private static CookieCsrfTokenRepository formTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(FORM_TOKEN_COOKIE);
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").path("/"));
		return tokens;
	}

	private static SimpleUrlAuthenticationFailureHandler signInFailure() {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		failure.setAllowSessionCreation(false);
		return failure;
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

	/**
	 * Requests of one person run at once (a page and its parallel fetches, two quick
	 * posts), each saving its own copy of the session; an attribute both add is written
	 * with an upsert, so the later save wins instead of failing on a duplicate key.
	 * @return the customizer that makes attribute writes upserts
	 */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<SessionlessAssets> sessionlessAssets() {
		FilterRegistrationBean<SessionlessAssets> registration = new FilterRegistrationBean<>(new SessionlessAssets());
		// Right behind the session store's filter, before anything asks for a session.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionWrites() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy(CommonPasswordList.load());
	}

}
