package org.fourstage.web.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.web.security.RouteFixture.Persona;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Requests every route of the application as every kind of person and checks that each is
 * let in or refused as it should be. The routes are read from the application itself, so
 * a new route without an entry in {@link #MATRIX} fails this test.
 * <p>
 * Ids in the routes are records of the home clinic; the other clinic's staff must get 404
 * for them, never data.
 */
@WebTest
class AccessMatrixIT extends EveryRouteTest {

	enum Outcome {

		/** Served: a page, or a redirect that is not to sign-in. */
		ALLOWED,
		/** Sent to sign in. */
		SIGN_IN,
		/** 403. */
		FORBIDDEN,
		/** 404: as if the record did not exist. */
		NOT_FOUND

	}

	private static final Outcome A = Outcome.ALLOWED;

	private static final Outcome L = Outcome.SIGN_IN;

	private static final Outcome F = Outcome.FORBIDDEN;

	private static final Outcome N = Outcome.NOT_FOUND;

	/**
	 * Columns: anonymous, admin, physio, patient, another clinic's admin, another
	 * clinic's physio.
	 */
	private static final Map<String, Outcome[]> MATRIX = new LinkedHashMap<>();

	static {
		MATRIX.put("GET /", row(A, A, A, A, A, A));
		MATRIX.put("GET /login", row(A, A, A, A, A, A));
		MATRIX.put("GET /start", row(L, A, A, A, A, A));
		MATRIX.put("GET /account/notices", row(L, A, A, A, A, A));
		MATRIX.put("POST /account/notices", row(L, A, A, A, A, A));
		MATRIX.put("GET /password/set", row(A, A, A, A, A, A));
		MATRIX.put("POST /password/set", row(A, A, A, A, A, A));
		MATRIX.put("GET /setup", row(A, A, A, A, A, A));
		MATRIX.put("POST /setup", row(A, A, A, A, A, A));
		MATRIX.put("GET /admin/accounts", row(L, A, F, F, A, F));
		MATRIX.put("GET /admin/accounts/new", row(L, A, F, F, A, F));
		MATRIX.put("POST /admin/accounts", row(L, A, F, F, A, F));
		MATRIX.put("GET /admin/accounts/{id}", row(L, A, F, F, N, F));
		MATRIX.put("POST /admin/accounts/{id}", row(L, A, F, F, N, F));
		MATRIX.put("POST /admin/accounts/{id}/disable", row(L, A, F, F, N, F));
		MATRIX.put("POST /admin/accounts/{id}/enable", row(L, A, F, F, N, F));
		MATRIX.put("POST /admin/accounts/{id}/password-link", row(L, A, F, F, N, F));
		MATRIX.put("POST /admin/accounts/{id}/password-link/confirm", row(L, A, F, F, N, F));
		MATRIX.put("GET /admin/audit", row(L, A, F, F, A, F));
		MATRIX.put("GET /patients", row(L, F, A, F, F, A));
		MATRIX.put("GET /patients/new", row(L, F, A, F, F, A));
		MATRIX.put("POST /patients", row(L, F, A, F, F, A));
		MATRIX.put("GET /patients/{patientId}", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/edit", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/edit", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/account", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/notes", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/notes/{noteId}/edit", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/notes/{noteId}", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/program", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/program/history", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/program/assign", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/program/assign", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/program/stages/{stage}/edit", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/program/stages/{stage}", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/program/stage", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/program/notes", row(L, F, A, F, F, N));
		MATRIX.put("GET /my/program", row(L, F, F, A, F, F));
		MATRIX.put("GET /library/exercises", row(L, F, A, F, F, A));
		MATRIX.put("GET /library/exercises/new", row(L, F, A, F, F, A));
		MATRIX.put("POST /library/exercises", row(L, F, A, F, F, A));
		MATRIX.put("GET /library/exercises/{exerciseId}", row(L, F, A, F, F, N));
		MATRIX.put("GET /library/templates", row(L, F, A, F, F, A));
		MATRIX.put("GET /library/templates/{templateId}", row(L, F, A, F, F, N));
		MATRIX.put("POST /library/templates/{templateId}", row(L, F, A, F, F, N));
		MATRIX.put("GET /library/templates/{templateId}/edit", row(L, F, A, F, F, N));
		MATRIX.put("POST /library/templates/{templateId}/copy", row(L, F, A, F, F, N));
		MATRIX.put("POST /library/templates/{templateId}/stages/{stage}/exercises", row(L, F, A, F, F, N));
		MATRIX.put("POST /library/templates/{templateId}/stages/{stage}/exercises/{position}/remove",
				row(L, F, A, F, F, N));
		MATRIX.put("POST /library/templates/{templateId}/stages/{stage}/exercises/{position}/move",
				row(L, F, A, F, F, N));
		MATRIX.put("GET /library/templates/{templateId}/stages/{stage}/exercises/{position}/dosage",
				row(L, F, A, F, F, N));
		MATRIX.put("POST /library/templates/{templateId}/stages/{stage}/exercises/{position}/dosage",
				row(L, F, A, F, F, N));
		MATRIX.put("GET /admin/settings/progression", row(L, A, F, F, A, F));
		MATRIX.put("POST /admin/settings/progression", row(L, A, F, F, A, F));
		MATRIX.put("GET /admin/settings/measurement-schedule", row(L, A, F, F, A, F));
		MATRIX.put("POST /admin/settings/measurement-schedule", row(L, A, F, F, A, F));
		MATRIX.put("GET /patients/{patientId}/assessments", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/assessments", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/assessments/compare", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/assessments/{assessmentId}", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/assessments/{assessmentId}", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/assessments/{assessmentId}/override", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/assessments/{assessmentId}/instruments/{instrumentId}",
				row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/assessments/{assessmentId}/instruments/{instrumentId}",
				row(L, F, A, F, F, N));
		MATRIX.put("GET /admin/instruments", row(L, A, F, F, A, F));
		MATRIX.put("POST /admin/instruments/{instrumentId}/item-text", row(L, A, F, F, A, F));
		MATRIX.put("GET /my/questionnaires", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/questionnaires/{instrumentId}", row(L, F, F, A, F, F));
		MATRIX.put("POST /my/questionnaires/{instrumentId}", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/program/flare-plan", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/program/sheet.pdf", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/reminders.ics", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/form-token", row(L, F, F, A, F, F));
		MATRIX.put("POST /my/sessions", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/sessions/{sessionId}", row(L, F, F, N, F, F));
		MATRIX.put("GET /my/sessions/{sessionId}/edit", row(L, F, F, N, F, F));
		MATRIX.put("POST /my/sessions/{sessionId}", row(L, F, F, N, F, F));
		MATRIX.put("GET /dashboard", row(L, F, A, F, F, A));
		MATRIX.put("GET /alerts/{alertId}", row(L, F, A, F, F, N));
		MATRIX.put("POST /alerts/{alertId}/acknowledge", row(L, F, A, F, F, N));
		MATRIX.put("GET /my/check-in", row(L, F, F, A, F, F));
		MATRIX.put("POST /my/check-in", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/check-ins/{checkInId}/edit", row(L, F, F, A, F, F));
		MATRIX.put("POST /my/check-ins/{checkInId}", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/flare-ups/new", row(L, F, F, A, F, F));
		MATRIX.put("POST /my/flare-ups", row(L, F, F, A, F, F));
		MATRIX.put("GET /my/flare-ups/{flareUpId}", row(L, F, F, A, F, F));
		MATRIX.put("POST /my/flare-ups/{flareUpId}/end", row(L, F, F, A, F, F));
		MATRIX.put("GET /patients/{patientId}/check-ins/new", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/check-ins", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/flare-ups/new", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/flare-ups", row(L, F, A, F, F, N));
		MATRIX.put("GET /patients/{patientId}/sessions/new", row(L, F, A, F, F, N));
		MATRIX.put("POST /patients/{patientId}/sessions", row(L, F, A, F, F, N));
		MATRIX.put("GET /my/progress", row(L, F, F, A, F, F));
		MATRIX.put("GET /patients/{patientId}/tracking", row(L, F, A, F, F, N));
	}

	@Test
	void everyRouteOfTheApplicationHasAnEntry() {
		Set<String> registered = RouteFixture.registeredRoutes(this.mappings).keySet();
		Set<String> missing = new TreeSet<>(registered);
		missing.removeAll(MATRIX.keySet());
		Set<String> stale = new TreeSet<>(MATRIX.keySet());
		stale.removeAll(registered);

		assertThat(missing).as("routes without an entry in the access matrix").isEmpty();
		assertThat(stale).as("entries for routes that no longer exist").isEmpty();
	}

	@Test
	void everyPersonIsLetInOrRefusedAsTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Outcome[]> entry : MATRIX.entrySet()) {
			for (Persona persona : Persona.values()) {
				Outcome expected = entry.getValue()[persona.ordinal()];
				MockHttpServletResponse response = request(entry.getKey(), persona);
				Outcome actual = outcome(response);
				if (actual != expected) {
					wrong.add(entry.getKey() + " as " + persona + ": expected " + expected + " but got "
							+ response.getStatus() + " " + response.getRedirectedUrl());
				}
				if (expected != Outcome.ALLOWED) {
					assertThat(response.getContentAsString()).doesNotContain(this.fixture.target().email().value());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void anotherClinicsIdAndAnUnknownIdLookTheSame() throws Exception {
		Cookie admin = this.fixture.session(Persona.ADMIN);
		MockHttpServletResponse unknown = this.mvc.perform(get("/admin/accounts/" + UUID.randomUUID()).cookie(admin))
			.andReturn()
			.getResponse();
		MockHttpServletResponse malformed = this.mvc.perform(get("/admin/accounts/not-an-id").cookie(admin))
			.andReturn()
			.getResponse();

		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(malformed.getStatus()).isEqualTo(404);
	}

	private MockHttpServletResponse request(String route, Persona persona) throws Exception {
		String[] parts = route.split(" ", 2);
		String path = this.fixture.path(parts[1]);
		MockHttpServletRequestBuilder request = parts[0].equals("GET") ? get(path) : post(path).with(csrf());
		if (parts[0].equals("POST")) {
			request.param("name", "Matrix Person")
				.param("email", "matrix." + UUID.randomUUID().toString().substring(0, 8) + "@test.example")
				.param("role", "PHYSIO")
				.param("token", "not-a-valid-token")
				.param("password", TestAccounts.PASSWORD)
				.param("confirmation", TestAccounts.PASSWORD)
				.param("body", "A note from the access matrix")
				.param("version", "1");
		}
		Cookie session = this.fixture.session(persona);
		if (session != null) {
			request.cookie(session);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static Outcome outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 403) {
			return Outcome.FORBIDDEN;
		}
		if (status == 404) {
			return Outcome.NOT_FOUND;
		}
		String location = response.getRedirectedUrl();
		if (status == 302 && location != null && location.endsWith("/login")) {
			return Outcome.SIGN_IN;
		}
		return (status < 400) ? Outcome.ALLOWED : null;
	}

	private static Outcome[] row(Outcome... outcomes) {
		return outcomes;
	}

}
