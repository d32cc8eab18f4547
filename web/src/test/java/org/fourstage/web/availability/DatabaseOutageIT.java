package org.fourstage.web.availability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fourstage.persistence.database.EmbeddedPostgresServer;
import org.fourstage.web.testing.LinkedAssets;
import org.fourstage.web.FourStageApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged setup (embedded PostgreSQL in a data folder, real HTTP) and takes the
 * database away under it: frozen, so that every connection hangs, and killed, so that the
 * watcher has to start it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

	private static final String EMAIL = "lead@outage.example";

	private static final String PASSWORD = "quiet morning stretch on the mat";

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

	private static final Duration RECOVER_WITHIN = Duration.ofSeconds(10);

	@TempDir
	static Path dataDir;

	private ConfigurableApplicationContext app;

	private EmbeddedPostgresServer server;

	private String base;

	private HttpClient signedIn;

	private String unavailableTitle;

	@BeforeAll
	void start() throws Exception {
		this.app = new SpringApplicationBuilder(FourStageApplication.class).run("--server.port=0",
				"--fourstage.data-dir=" + dataDir, "--spring.datasource.url=", "--fourstage.clinic-name=Outage Clinic",
				"--fourstage.admin-email=" + EMAIL, "--fourstage.admin-password=" + PASSWORD);
		this.server = this.app.getBean(EmbeddedPostgresServer.class);
		this.base = "http://localhost:" + this.app.getEnvironment().getProperty("local.server.port");
		this.unavailableTitle = this.app.getMessage("unavailable.title", null, Locale.ENGLISH);
		this.signedIn = signIn();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	@Order(1)
	void answersTheFriendlyPageFastWhileTheDatabaseHangsAndServesAgainWhenItIsBack() throws Exception {
		assertThat(get(this.signedIn, "/admin/accounts").statusCode()).isEqualTo(200);
		List<Long> frozen = postgresProcesses();
		signal("STOP", frozen);
		try {
			HttpResponse<String> page = get(this.signedIn, "/admin/accounts");
			assertUnavailablePage(page);
			assertUnavailablePage(get(anonymous(), "/password/set?token=not-a-real-token"));
			// The page keeps its styles for a signed-in person: assets never touch the
			// session store.
			List<String> assets = LinkedAssets.of(page.body());
			assertThat(assets).isNotEmpty();
			for (String asset : assets) {
				assertThat(get(this.signedIn, asset).statusCode()).as(asset).isEqualTo(200);
			}

			long started = System.nanoTime();
			HttpResponse<String> readiness = get(anonymous(), "/actuator/health/readiness");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"DOWN\"");
			HttpResponse<String> liveness = get(anonymous(), "/actuator/health/liveness");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(liveness.body()).contains("\"UP\"");
		}
		finally {
			signal("CONT", frozen);
		}
		assertServesAgainWithin(RECOVER_WITHIN);
	}

	@Test
	@Order(2)
	void startsAKilledDatabaseAgainAndServesWithoutARestartOfTheApplication() throws Exception {
		long killed = this.server.postmasterPid().orElseThrow();
		ProcessHandle.of(killed).orElseThrow().destroyForcibly();

		assertServesAgainWithin(RECOVER_WITHIN);
		assertThat(this.server.isRunning()).isTrue();
		assertThat(this.server.postmasterPid()).isPresent().get().isNotEqualTo(killed);
		HttpResponse<String> readiness = get(anonymous(), "/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
	}

	private void assertUnavailablePage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains(this.unavailableTitle).doesNotContain("Exception", "HTTP Status");
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).startsWith("default-src 'self'"));
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	private void assertServesAgainWithin(Duration limit) throws Exception {
		long started = System.nanoTime();
		int status = 0;
		while (System.nanoTime() - started < limit.toNanos()) {
			status = get(this.signedIn, "/admin/accounts").statusCode();
			if (status == 200) {
				return;
			}
			Thread.sleep(200);
		}
		assertThat(status).as("status of a signed-in page %s after the database came back", limit).isEqualTo(200);
	}

	/**
	 * Answers within {@link #ANSWER_WITHIN}, or fails the test.
	 */
	private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		long started = System.nanoTime();
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answer time of %s", path)
			.isLessThan(ANSWER_WITHIN);
		return response;
	}

	private HttpClient anonymous() {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private HttpClient signIn() throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(client, "/login").body());
		assertThat(csrf.find()).isTrue();
		String form = "clinic=outage-clinic&email=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/start"));
		return client;
	}

	/** The postmaster and every process it started: checkpointer, writers, backends. */
	private List<Long> postgresProcesses() {
		ProcessHandle postmaster = ProcessHandle.of(this.server.postmasterPid().orElseThrow()).orElseThrow();
		List<Long> pids = new ArrayList<>();
		pids.add(postmaster.pid());
		postmaster.descendants().forEach((child) -> pids.add(child.pid()));
		return pids;
	}

	private static void signal(String signal, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach((pid) -> command.add(Long.toString(pid)));
		Process kill = new ProcessBuilder(command).inheritIO().start();
		assertThat(kill.waitFor()).as("exit code of %s", command).isZero();
	}

}
