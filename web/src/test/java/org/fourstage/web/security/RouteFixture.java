package org.fourstage.web.security;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.library.ExerciseFilter;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the tests that walk every route share: the routes the application registers (read
 * from its handler mappings, so a new route is covered without a new line), a home clinic
 * with a record behind every id of those routes, another clinic, and a signed-in session
 * for each kind of person.
 */
final class RouteFixture {

	enum Persona {

		ANONYMOUS, ADMIN, PHYSIO, PATIENT, OTHER_CLINIC_ADMIN, OTHER_CLINIC_PHYSIO

	}

	/** Routes of the framework that render errors; they hold no data of anybody. */
	private static final Set<String> FRAMEWORK_ROUTES = Set.of("GET /error", "POST /error", "PUT /error",
			"DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error", "TRACE /error");

	private static final List<String> ALL_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
			"TRACE");

	private final Map<Persona, Cookie> sessions = new EnumMap<>(Persona.class);

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final Account target;

	private RouteFixture(Account target) {
		this.target = target;
	}

	/**
	 * Creates both clinics, the records the routes point at, and signs everybody in.
	 * @return the fixture
	 */
	static RouteFixture create(MockMvc mvc, TestAccounts accounts, JdbcClient jdbc, Programs programs,
			LibraryExercises exercises, LibraryTemplates templates) throws Exception {
		Clinic home = accounts.clinic();
		Clinic other = accounts.clinic();
		RouteFixture fixture = new RouteFixture(accounts.staff(home, Role.PHYSIO, "Target Physio"));
		Account patient = accounts.patient(home);
		Account physio = accounts.physio(home);
		fixture.ids.put("{id}", fixture.target.id().toString());
		fixture.ids.put("{patientId}", patient.patientId().toString());
		fixture.ids.put("{stage}", "1");
		UUID programId = programs
			.assign(home.id(), patient.patientId(),
					ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
					Stage.CALM_AND_UNLOAD, "Matrix start", physio.id(), Instant.now())
			.id();
		// The session of a patient other than the one signed in as PATIENT: theirs is
		// somebody else's record, as it is for everyone but its own patient.
		fixture.ids.put("{sessionId}", jdbc
			.sql("INSERT INTO exercise_sessions (clinic_id, patient_id, program_id, stage, performed_on, pain_before, "
					+ "pain_after, difficulty, recorded_by_account_id, recorded_by_role, idempotency_key, created_at, "
					+ "updated_at) VALUES (:clinic, :patient, :program, 1, current_date, 4, 3, 5, :account, 'PATIENT', "
					+ "gen_random_uuid(), now(), now()) RETURNING id")
			.param("clinic", home.id().value())
			.param("patient", patient.patientId().value())
			.param("program", programId)
			.param("account", patient.id().value())
			.query(UUID.class)
			.single()
			.toString());
		fixture.ids.put("{noteId}",
				jdbc.sql("INSERT INTO clinical_notes (clinic_id, patient_id, author_id, body, created_at, updated_at) "
						+ "VALUES (:clinic, :patient, :author, 'Matrix note', now(), now()) RETURNING id")
					.param("clinic", home.id().value())
					.param("patient", patient.patientId().value())
					.param("author", physio.id().value())
					.query(UUID.class)
					.single()
					.toString());
		// The home clinic's own exercise and template copy: another clinic must get 404.
		LibraryExercise shared = exercises.search(home.id(), ExerciseFilter.ALL).get(0);
		Exercise own = new Exercise(ExerciseCode.of("own-matrix-exercise"), "Matrix exercise",
				shared.exercise().stage(), shared.exercise().target(), shared.exercise().steps(),
				shared.exercise().cautions(), shared.exercise().defaultDosage());
		fixture.ids.put("{exerciseId}", exercises.addOwn(home.id(), fixture.target.id(), own).id().toString());
		LibraryTemplate standard = templates.list(home.id()).get(0);
		fixture.ids.put("{templateId}",
				templates
					.addOwn(home.id(), fixture.target.id(),
							standard.template().renamed("copy-matrix", "Matrix copy", "Copy."), standard.id())
					.id()
					.toString());
		fixture.ids.put("{position}", "0");
		fixture.ids.put("{assessmentId}", accounts.urgentAssessment(home, patient.patientId().value()).toString());
		fixture.ids.put("{instrumentId}", "disability-index");
		// An open alert of the home clinic; the matrix's posts name no action, so it
		// stays open.
		fixture.ids.put("{alertId}", jdbc
			.sql("INSERT INTO alerts (clinic_id, patient_id, kind, source_kind, source_id, source_day, created_at) "
					+ "VALUES (:clinic, :patient, 'FLARE_UP_RED_FLAG_SIGN', 'FLARE_UP', gen_random_uuid(), current_date, now()) "
					+ "RETURNING id")
			.param("clinic", home.id().value())
			.param("patient", patient.patientId().value())
			.query(UUID.class)
			.single()
			.toString());
		fixture.sessions.put(Persona.ADMIN, SignIn.as(mvc, accounts.admin(home)));
		fixture.sessions.put(Persona.PHYSIO, SignIn.as(mvc, physio));
		Account signedInPatient = accounts.patient(home);
		fixture.ids.put("{checkInId}", ownEntry(jdbc, signedInPatient,
				"INSERT INTO check_ins (clinic_id, patient_id, day, morning_pain, morning_stiffness_minutes, "
						+ "sleep_quality, sitting_tolerance_minutes, recorded_by_account_id, recorded_by_role, "
						+ "idempotency_key, created_at, updated_at) VALUES (:clinic, :patient, current_date, 4, 30, 6, "
						+ "60, :by, 'PATIENT', gen_random_uuid(), now(), now()) RETURNING id"));
		fixture.ids.put("{flareUpId}", ownEntry(jdbc, signedInPatient,
				"INSERT INTO flare_ups (clinic_id, patient_id, started_on, peak_pain, flare_trigger, leg_symptoms, "
						+ "sharp_or_shooting, recorded_by_account_id, recorded_by_role, idempotency_key, created_at, "
						+ "updated_at) VALUES (:clinic, :patient, current_date, 7, 'LIFTING', 'BUTTOCK', false, :by, "
						+ "'PATIENT', gen_random_uuid(), now(), now()) RETURNING id"));
		fixture.sessions.put(Persona.PATIENT, SignIn.as(mvc, signedInPatient));
		fixture.sessions.put(Persona.OTHER_CLINIC_ADMIN, SignIn.as(mvc, accounts.admin(other)));
		fixture.sessions.put(Persona.OTHER_CLINIC_PHYSIO, SignIn.as(mvc, accounts.physio(other)));
		return fixture;
	}

	/**
	 * A tracking entry the signed-in patient made themselves, so that the routes under
	 * {@code /my} that take an id find it.
	 */
	private static String ownEntry(JdbcClient jdbc, Account patient, String insert) {
		return jdbc.sql(insert)
			.param("clinic", patient.clinicId().value())
			.param("patient", patient.patientId().value())
			.param("by", patient.id().value())
			.query(UUID.class)
			.single()
			.toString();
	}

	/**
	 * Every route of the application with the handler that serves it, as
	 * {@code METHOD /pattern}, without the framework's error routes.
	 * @param mappings the application's handler mappings
	 * @return the routes, sorted
	 */
	static Map<String, HandlerMethod> registeredRoutes(RequestMappingHandlerMapping mappings) {
		Map<String, HandlerMethod> routes = new TreeMap<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					ALL_METHODS.forEach((method) -> routes.put(method + " " + pattern, handler));
				}
				methods.forEach((method) -> routes.put(method.name() + " " + pattern, handler));
			}
		});
		FRAMEWORK_ROUTES.forEach(routes::remove);
		return routes;
	}

	/**
	 * The address of a route with the home clinic's ids filled in.
	 * @param pattern the route's pattern, such as {@code /patients/{patientId}}
	 * @return the address
	 */
	String path(String pattern) {
		String path = pattern;
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			path = path.replace(id.getKey(), id.getValue());
		}
		return path;
	}

	/**
	 * The session of a person, none for the anonymous visitor.
	 * @param persona who
	 * @return the session cookie or null
	 */
	Cookie session(Persona persona) {
		return this.sessions.get(persona);
	}

	/**
	 * A staff account of the home clinic that no route may show another clinic.
	 * @return the account
	 */
	Account target() {
		return this.target;
	}

}
