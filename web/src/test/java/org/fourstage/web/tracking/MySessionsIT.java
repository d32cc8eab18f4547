package org.fourstage.web.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The session log of the today page: what it offers, what one post saves, that the same
 * form sent twice saves once, that refused values save nothing, that patients correct
 * only their own sessions and only for 48 hours, and the form token the phone's queue
 * asks for.
 */
@WebTest
class MySessionsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Clinic clinic;

	Account physio;

	Account patient;

	List<PrescribedExercise> stageOne;

	@BeforeEach
	void patientWithAProgram() {
		this.clinic = this.accounts.clinic();
		this.physio = this.accounts.physio(this.clinic);
		this.patient = this.accounts.patient(this.clinic);
		Program standard = ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode());
		this.programs.assign(this.clinic.id(), this.patient.patientId(), standard, Stage.CALM_AND_UNLOAD, "Irritable",
				this.physio.id(), Instant.now());
		this.stageOne = standard.stage(Stage.CALM_AND_UNLOAD).exercises();
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void theTodayPageOffersEachExerciseDoneWithWhatWasPrescribed() throws Exception {
		String page = this.mvc.perform(get("/my/program").cookie(SignIn.as(this.mvc, this.patient)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Log today&#39;s session", "data-offline-queue", "name=\"idempotencyKey\"");
		for (int i = 0; i < this.stageOne.size(); i++) {
			assertThat(page).contains(
					"name=\"exercises[" + i + "].exercise\" value=\"" + this.stageOne.get(i).code().value() + "\"");
		}
		// Pelvic tilts: 2 sets of 10, and "done" chosen for every exercise.
		int tilts = indexOf("pelvic-tilts");
		assertThat(page).contains("name=\"exercises[" + tilts + "].sets\" value=\"2\"",
				"name=\"exercises[" + tilts + "].reps\" value=\"10\"");
		assertThat(page.split("checked=\"checked\"", -1)).hasSize(this.stageOne.size() + 1);
		assertThat(page).contains(
				"id=\"exercise-" + tilts + "-DONE\" name=\"exercises[" + tilts + "].completion\" checked=\"checked\"");
	}

	@Test
	void onePostSavesTheSessionAndShowsItBack() throws Exception {
		Cookie session = SignIn.as(this.mvc, this.patient);
		UUID key = UUID.randomUUID();

		MockHttpServletResponse saved = send(session, key, Map.of("exercises[" + indexOf("pelvic-tilts") + "]",
				"PARTLY", "exercises[" + indexOf("short-walks") + "]", "SKIPPED"));

		assertThat(saved.getStatus()).isEqualTo(302);
		String shown = saved.getRedirectedUrl();
		assertThat(shown).matches("/my/sessions/[0-9a-f-]{36}");
		Map<String, Object> row = this.jdbc
			.sql("SELECT pain_before, pain_after, difficulty, note, recorded_by_role FROM exercise_sessions "
					+ "WHERE patient_id = :patient")
			.param("patient", this.patient.patientId().value())
			.query()
			.singleRow();
		assertThat(row).containsEntry("pain_before", 4)
			.containsEntry("pain_after", 3)
			.containsEntry("difficulty", 6)
			.containsEntry("note", "Easier than yesterday")
			.containsEntry("recorded_by_role", "PATIENT");
		assertThat(this.jdbc
			.sql("SELECT completion, count(*) FROM exercise_session_exercises e JOIN exercise_sessions s "
					+ "ON s.id = e.session_id WHERE s.patient_id = :patient GROUP BY completion ORDER BY completion")
			.param("patient", this.patient.patientId().value())
			.query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
			.list()).containsExactly("DONE=" + (this.stageOne.size() - 2), "PARTLY=1", "SKIPPED=1");

		String page = this.mvc.perform(get(shown).cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Pelvic tilts", "Partly", "Skipped", "Easier than yesterday", "Correct this session");
	}

	@Test
	void theSameFormSentTwiceSavesOneSession() throws Exception {
		Cookie session = SignIn.as(this.mvc, this.patient);
		UUID key = UUID.randomUUID();

		MockHttpServletResponse first = send(session, key, Map.of());
		MockHttpServletResponse second = send(session, key, Map.of());

		assertThat(second.getStatus()).isEqualTo(302);
		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
		assertThat(sessions()).isOne();
		assertThat(send(session, UUID.randomUUID(), Map.of()).getRedirectedUrl())
			.isNotEqualTo(first.getRedirectedUrl());
		assertThat(sessions()).isEqualTo(2);
	}

	@Test
	void refusedValuesComeBackWithTheirMessagesAndSaveNothing() throws Exception {
		Cookie session = SignIn.as(this.mvc, this.patient);

		MockHttpServletResponse refused = this.mvc
			.perform(form(session, UUID.randomUUID(),
					Map.of("painBefore", "11", "exercises[3].sets", "900", "note", "<b>bold</b>")))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(422);
		String page = refused.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Nothing was saved yet", "is-invalid", "&lt;b&gt;bold&lt;/b&gt;");
		assertThat(sessions()).isZero();
	}

	@Test
	void hostileValuesInAnyFieldAreRefusedWithoutAServerErrorAndSaveNothing() throws Exception {
		Cookie session = SignIn.as(this.mvc, this.patient);
		List<String> fields = List.of("idempotencyKey", "performedOn", "exercises[0].exercise",
				"exercises[0].completion", "exercises[3].sets", "exercises[3].reps", "exercises[5].holdSeconds",
				"painBefore", "painAfter", "difficulty", "note");
		List<String> values = List.of("before\u0000after", "tab\u000Bstart\u001B[31m", "half \uD800 pair",
				"99999999999999999999999999", "-1", "+999999999-12-31", "<script>alert(1)</script>",
				"x".repeat(100_000), "");
		List<String> wrong = new ArrayList<>();
		for (String field : fields) {
			for (String value : values) {
				int status = this.mvc.perform(form(session, UUID.randomUUID(), Map.of(field, value)))
					.andReturn()
					.getResponse()
					.getStatus();
				// A key or a row's code that cannot be read only makes a new form or an
				// unanswered row; an empty amount is "not counted"; a note may say "-1".
				boolean plainText = value.length() < 2000 && !value.contains("<")
						&& value.chars().allMatch((c) -> c >= ' ' && !Character.isSurrogate((char) c));
				boolean harmless = field.equals("idempotencyKey") || field.equals("exercises[0].exercise")
						|| (value.isEmpty() && field.startsWith("exercises[")) || (field.equals("note") && plainText);
				if (status >= 500 || (!harmless && status != 422 && status != 400)) {
					wrong.add(field + "=" + value.substring(0, Math.min(value.length(), 30)) + ": " + status);
				}
			}
		}

		assertThat(wrong).isEmpty();
	}

	@Test
	void aSessionInTheFutureIsRefused() throws Exception {
		Cookie session = SignIn.as(this.mvc, this.patient);

		MockHttpServletResponse refused = this.mvc
			.perform(form(session, UUID.randomUUID(),
					Map.of("performedOn", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString())))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(sessions()).isZero();
	}

	@Test
	void anotherPatientsSessionIsNotFoundAndCannotBeCorrected() throws Exception {
		String shown = send(SignIn.as(this.mvc, this.patient), UUID.randomUUID(), Map.of()).getRedirectedUrl();
		Account stranger = this.accounts.patient(this.clinic);
		Cookie strangers = SignIn.as(this.mvc, stranger);

		assertThat(this.mvc.perform(get(shown).cookie(strangers)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get(shown + "/edit").cookie(strangers)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		MockHttpServletResponse correction = this.mvc
			.perform(post(shown).with(csrf()).cookie(strangers).param("painBefore", "0"))
			.andReturn()
			.getResponse();
		assertThat(correction.getStatus()).isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT pain_before FROM exercise_sessions WHERE patient_id = :patient")
			.param("patient", this.patient.patientId().value())
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void aPatientCorrectsTheirSessionFor48HoursThenItIsReadOnly() throws Exception {
		Cookie session = SignIn.as(this.mvc, this.patient);
		String shown = send(session, UUID.randomUUID(), Map.of()).getRedirectedUrl();
		String day = LocalDate.now(ZoneOffset.UTC).toString();

		assertThat(
				this.mvc.perform(get(shown + "/edit").cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("Correct a session", "Easier than yesterday");
		MockHttpServletResponse corrected = this.mvc.perform(correction(shown, session, day).param("painAfter", "2"))
			.andReturn()
			.getResponse();
		assertThat(corrected.getStatus()).isEqualTo(302);
		assertThat(painAfter()).isEqualTo(2);

		this.clock.advance(Duration.ofHours(48).plusMinutes(1));
		Cookie later = SignIn.as(this.mvc, this.patient);
		MockHttpServletResponse locked = this.mvc.perform(correction(shown, later, day).param("painAfter", "9"))
			.andReturn()
			.getResponse();

		assertThat(locked.getRedirectedUrl()).isEqualTo(shown);
		assertThat(painAfter()).isEqualTo(2);
		assertThat(this.mvc.perform(get(shown).cookie(later)).andReturn().getResponse().getContentAsString())
			.contains("can no longer be corrected")
			.doesNotContain("Correct this session");
	}

	@Test
	void thePhoneGetsAFreshFormTokenAndWhoseSessionItIs() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/my/form-token").cookie(SignIn.as(this.mvc, this.patient)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		assertThat(response.getContentAsString()).contains("\"parameterName\":\"_csrf\"",
				"\"owner\":\"" + this.patient.id().value() + "\"", "\"token\":\"");
	}

	private int indexOf(String code) {
		for (int i = 0; i < this.stageOne.size(); i++) {
			if (this.stageOne.get(i).code().value().equals(code)) {
				return i;
			}
		}
		throw new IllegalArgumentException(code);
	}

	private MockHttpServletResponse send(Cookie session, UUID key, Map<String, String> completions) throws Exception {
		return this.mvc.perform(form(session, key, completions)).andReturn().getResponse();
	}

	/**
	 * The today page's form as a patient sends it: done unless said otherwise, one set of
	 * the pelvic tilts; {@code changes} holds rows' completions ({@code exercises[i]})
	 * and fields that replace what is sent.
	 */
	private MockHttpServletRequestBuilder form(Cookie session, UUID key, Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("idempotencyKey", key.toString());
		fields.put("performedOn", LocalDate.now(ZoneOffset.UTC).toString());
		fields.put("painBefore", "4");
		fields.put("painAfter", "3");
		fields.put("difficulty", "6");
		fields.put("note", "Easier than yesterday");
		for (int i = 0; i < this.stageOne.size(); i++) {
			String row = "exercises[" + i + "]";
			fields.put(row + ".exercise", this.stageOne.get(i).code().value());
			fields.put(row + ".completion", changes.getOrDefault(row, "DONE"));
		}
		fields.put("exercises[" + indexOf("pelvic-tilts") + "].sets", "1");
		changes.forEach((name, value) -> {
			if (name.contains(".") || !name.startsWith("exercises[")) {
				fields.put(name, value);
			}
		});
		MockHttpServletRequestBuilder request = post("/my/sessions").with(csrf()).cookie(session);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder correction(String shown, Cookie session, String day) {
		MockHttpServletRequestBuilder request = post(shown).with(csrf())
			.cookie(session)
			.param("performedOn", day)
			.param("painBefore", "4")
			.param("difficulty", "6");
		for (int i = 0; i < this.stageOne.size(); i++) {
			request.param("exercises[" + i + "].exercise", this.stageOne.get(i).code().value())
				.param("exercises[" + i + "].completion", "DONE");
		}
		return request;
	}

	private int sessions() {
		return this.jdbc.sql("SELECT count(*) FROM exercise_sessions WHERE patient_id = :patient")
			.param("patient", this.patient.patientId().value())
			.query(Integer.class)
			.single();
	}

	private int painAfter() {
		return this.jdbc.sql("SELECT pain_after FROM exercise_sessions WHERE patient_id = :patient")
			.param("patient", this.patient.patientId().value())
			.query(Integer.class)
			.single();
	}

}
