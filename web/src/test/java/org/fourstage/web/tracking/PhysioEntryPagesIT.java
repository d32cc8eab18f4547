package org.fourstage.web.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@WebTest
class PhysioEntryPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	MutableClock clock;

	Clinic clinic;

	Account physio;

	Cookie session;

	UUID patient;

	@BeforeEach
	void physioAndPatient() throws Exception {
		this.clinic = this.accounts.clinic();
		this.physio = this.accounts.physio(this.clinic);
		this.session = SignIn.as(this.mvc, this.physio);
		this.patient = this.accounts.patient(this.clinic).patientId().value();
	}

	@Test
	void theSessionFormListsTheCurrentStageWithThePrescribedDosage() throws Exception {
		assign(Stage.STRENGTHEN_AND_COORDINATE);

		String page = page("/sessions/new");

		// Stage 3 of the standard template: the glute bridge, 8 to 10 reps to start with
		// a hold of 3 to 5 s, among others.
		assertThat(page).contains("name=\"exercises[0].exercise\"").contains("Glute bridge");
		assertThat(page).contains("selected=\"selected\"");
		assertThat(page).doesNotContain("Pelvic tilts</p>");
	}

	@Test
	void aSessionEnteredForThePatientIsTheirsAndAttributedToThePhysio() throws Exception {
		assign(Stage.CALM_AND_UNLOAD);
		String page = page("/sessions/new");
		int rows = page.split("name=\"exercises\\[\\d+]\\.exercise\"", -1).length - 1;
		UUID key = UUID.randomUUID();
		MockHttpServletRequestBuilder session = post(path("/sessions")).param("idempotencyKey", key.toString())
			.param("performedOn", today().minusDays(10).toString())
			.param("painBefore", "5")
			.param("painAfter", "3")
			.param("difficulty", "4")
			.param("note", "Done at the clinic");
		for (int i = 0; i < rows; i++) {
			String code = between(page, "name=\"exercises[" + i + "].exercise\" value=\"", "\"");
			session.param("exercises[" + i + "].exercise", code).param("exercises[" + i + "].completion", "DONE");
		}

		MockHttpServletResponse saved = send(session);
		MockHttpServletResponse again = send(session);

		assertThat(saved.getRedirectedUrl()).isEqualTo("/patients/" + this.patient);
		assertThat(again.getRedirectedUrl()).isEqualTo("/patients/" + this.patient);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM exercise_sessions WHERE patient_id = :p AND recorded_by_account_id = :a "
					+ "AND recorded_by_role = 'PHYSIO' AND stage = 1")
			.param("p", this.patient)
			.param("a", this.physio.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM exercise_session_exercises e JOIN exercise_sessions s ON s.id = e.session_id "
					+ "WHERE s.patient_id = :p")
			.param("p", this.patient)
			.query(Integer.class)
			.single()).isEqualTo(rows);
	}

	@Test
	void aSessionWithAnExerciseNotAnsweredIsRefusedNextToThatExercise() throws Exception {
		assign(Stage.CALM_AND_UNLOAD);

		MockHttpServletResponse refused = send(
				post(path("/sessions")).param("idempotencyKey", UUID.randomUUID().toString())
					.param("performedOn", today().plusDays(1).toString())
					.param("painBefore", "11")
					.param("painAfter", "3")
					.param("difficulty", "4"));

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("This date is in the future")
			.contains("id=\"painBefore-error\"")
			.contains("is-invalid");
		assertThat(this.jdbc.sql("SELECT count(*) FROM exercise_sessions WHERE patient_id = :p")
			.param("p", this.patient)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void withoutAProgramThereIsNothingToLog() throws Exception {
		assertThat(page("/sessions/new")).contains("id=\"no-exercises\"");
	}

	@Test
	void aPhysioEntersACheckInWeeksBackButNotTomorrow() throws Exception {
		MockHttpServletResponse weeksBack = send(checkIn(today().minusDays(21)));
		MockHttpServletResponse tomorrow = send(checkIn(today().plusDays(1)));

		assertThat(weeksBack.getRedirectedUrl()).isEqualTo("/patients/" + this.patient);
		assertThat(tomorrow.getContentAsString()).contains("This date is in the future");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM check_ins WHERE patient_id = :p AND recorded_by_role = 'PHYSIO' "
					+ "AND recorded_by_account_id = :a")
			.param("p", this.patient)
			.param("a", this.physio.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFlareUpWithARedFlagSignIsFlaggedToThePhysio() throws Exception {
		MvcResult saved = this.mvc
			.perform(post(path("/flare-ups")).cookie(this.session)
				.with(csrf())
				.param("idempotencyKey", UUID.randomUUID().toString())
				.param("startedOn", today().minusDays(5).toString())
				.param("peakPain", "9")
				.param("trigger", "LIFTING")
				.param("legSymptoms", "BELOW_THE_KNEE")
				.param("sharpOrShooting", "true")
				.param("redFlagSigns", "WORSENING_WEAKNESS"))
			.andReturn();

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/patients/" + this.patient);
		assertThat(saved.getFlashMap().get("errorKey")).isEqualTo("tracking.flareUp.recordedWithSigns");
	}

	@Test
	void thePatientPageLinksToTheThreeEntries() throws Exception {
		String page = this.mvc.perform(get("/patients/" + this.patient).cookie(this.session))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(path("/sessions/new"))
			.contains(path("/check-ins/new"))
			.contains(path("/flare-ups/new"));
	}

	private MockHttpServletRequestBuilder checkIn(LocalDate day) {
		return post(path("/check-ins")).param("idempotencyKey", UUID.randomUUID().toString())
			.param("day", day.toString())
			.param("morningPain", "4")
			.param("morningStiffnessMinutes", "20")
			.param("sleepQuality", "6")
			.param("sittingToleranceMinutes", "40");
	}

	private void assign(Stage stage) {
		this.programs.assign(this.clinic.id(), new org.fourstage.domain.patient.PatientId(this.patient),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()), stage,
				"Start", this.physio.id(), Instant.now());
	}

	private String page(String tail) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path(tail)).cookie(this.session))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(this.session).with(csrf())).andReturn().getResponse();
	}

	private String path(String tail) {
		return "/patients/" + this.patient + tail;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}

}
