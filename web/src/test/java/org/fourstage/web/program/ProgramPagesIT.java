package org.fourstage.web.program;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebTest
class ProgramPagesIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	AssignedProgram assigned;

	@BeforeEach
	void patientWithTheStandardProgram() throws Exception {
		this.assigned = this.programs.assign(this.signedIn.clinic().id(), this.signedIn.patientId(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.CALM_AND_UNLOAD, "Irritable at the first visit", this.signedIn.physio().id(), Instant.now());
	}

	@Test
	void showsEveryStageWithDosageInPlainWords() throws Exception {
		PrescribedExercise first = this.assigned.today().exercises().get(0);

		this.mvc.perform(get(programPath()).cookie(this.signedIn.physioSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first.exercise().name())))
			.andExpect(content().string(containsString("5 minutes, 3 times a day")))
			.andExpect(content().string(containsString("Stage 4: Integrate into daily life")));
		// One entry for the program, one for the tracked entries the advisor read.
		assertThat(this.jdbc
			.sql("SELECT target_type FROM audit_events WHERE patient_id = :p AND action = 'PATIENT_VIEWED'"
					+ " ORDER BY target_type")
			.param("p", this.signedIn.patientId().value())
			.query(String.class)
			.list()).containsExactly("program", "progress");
	}

	@Test
	void savesAChangedStageAsANewVersionWithItsChangesListed() throws Exception {
		this.mvc
			.perform(stageForm(1, this.assigned.version(), this.signedIn.physioSession(),
					Map.of("rows[0].dosage.reps", "12", "rows[0].dosage.sets", "2")))
			.andExpect(flash().attribute("flashKey", "program.saved"));

		AssignedProgram now = this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow();
		assertThat(now.version()).isEqualTo(2);
		assertThat(now.today().exercises().get(0).dosage().reps()).isEqualTo(12);
		this.mvc.perform(get(programPath() + "/history").cookie(this.signedIn.physioSession()))
			.andExpect(content().string(containsString("Version 2")))
			.andExpect(content().string(containsString("Irritable at the first visit")));
	}

	@Test
	void reordersDropsAndAddsExercises() throws Exception {
		var exercises = this.assigned.today().exercises();
		Map<String, String> changes = Map.of("rows[0].position", "3", "rows[1].position", "1", "rows[2].position", "2",
				"rows[" + (exercises.size() - 1) + "].remove", "true", "addCode", "cat-camel");

		this.mvc.perform(stageForm(1, 1, this.signedIn.physioSession(), changes))
			.andExpect(flash().attribute("flashKey", "program.saved"));

		var after = this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.today()
			.exercises();
		assertThat(after.get(0).code()).isEqualTo(exercises.get(1).code());
		assertThat(after.get(2).code()).isEqualTo(exercises.get(0).code());
		assertThat(after).extracting(PrescribedExercise::code)
			.doesNotContain(exercises.get(exercises.size() - 1).code());
		assertThat(after.get(after.size() - 1).code().value()).isEqualTo("cat-camel");
	}

	@Test
	void twoEditsFromTheSameVersionNeverOverwriteEachOther() throws Exception {
		this.mvc.perform(stageForm(1, 1, this.signedIn.physioSession(), Map.of("rows[0].dosage.reps", "15")))
			.andExpect(flash().attribute("flashKey", "program.saved"));

		this.mvc.perform(stageForm(1, 1, this.signedIn.physioSession(), Map.of("rows[0].note", "Slowly, please")))
			.andExpect(status().isOk())
			.andExpect(view().name("program/edit-stage"))
			.andExpect(model().attribute("conflict", true))
			.andExpect(content().string(containsString("Someone else saved this program")));

		AssignedProgram now = this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow();
		assertThat(now.version()).isEqualTo(2);
		assertThat(now.today().exercises().get(0).dosage().reps()).isEqualTo(15);
		assertThat(now.today().exercises().get(0).note()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "reps,0", "reps,101", "holdSeconds,601", "effortPercent,101", "effortPercent,-1", "daysPerWeek,8",
			"sets,abc" })
	void refusesDosageOutsideItsBoundsNextToTheField(String field, String value) throws Exception {
		this.mvc.perform(stageForm(1, 1, this.signedIn.physioSession(), Map.of("rows[0].dosage." + field, value)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "rows[0].dosage." + field));
		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.version()).isOne();
	}

	@Test
	void refusesMarkupInNotesAndGoalsAndUnknownExercises() throws Exception {
		this.mvc
			.perform(stageForm(1, 1, this.signedIn.physioSession(),
					Map.of("rows[0].note", "<script>alert(1)</script>", "goal", "<b>calm</b>", "addCode",
							"no-such-exercise")))
			.andExpect(model().attributeHasFieldErrors("form", "rows[0].note", "goal", "addCode"))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.version()).isOne();
	}

	@Test
	void refusesControlCharactersInGoalsExerciseNotesAndProgramNotesNextToTheField() throws Exception {
		this.mvc
			.perform(stageForm(1, 1, this.signedIn.physioSession(),
					Map.of("rows[0].note", "from a word processor\u000Bhere", "goal", "calm\u0001down")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "rows[0].note", "goal"))
			.andExpect(content().string(containsString("cannot be saved")));
		this.mvc
			.perform(post(programPath() + "/notes").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("version", "1")
				.param("notes", "Escape \u001B[31m and \uFFFE"))
			.andExpect(flash().attribute("errorKey", "program.notes.invalid"))
			.andExpect(flash().attribute("notesDraft", "Escape [31m and "));

		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.version()).isOne();
	}

	@Test
	void answersAFieldIndexBeyondTheFormsRowsWithABadRequestAndIgnoresUnknownFields() throws Exception {
		this.mvc.perform(stageForm(1, 1, this.signedIn.physioSession(), Map.of("rows[300].note", "far away")))
			.andExpect(status().isBadRequest());
		// The form is a record bound through its constructor: a name it does not have is
		// not read at all.
		this.mvc.perform(stageForm(1, 1, this.signedIn.physioSession(), Map.of("rows[0].dosage.sets[0]", "3")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashKey", "program.nothingChanged"));

		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.version()).isOne();
	}

	@Test
	void refusesMarkupInTheReasonOfAStageMove() throws Exception {
		this.mvc
			.perform(post(programPath() + "/stage").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("direction", "FORWARD")
				.param("reason", "<img src=x onerror=alert(1)> ready"))
			.andExpect(flash().attribute("errorKey", "program.move.reasonInvalid"));

		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.currentStage()).isEqualTo(Stage.CALM_AND_UNLOAD);
	}

	@Test
	void movesStagesOnlyWithAReason() throws Exception {
		this.mvc
			.perform(post(programPath() + "/stage").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("direction", "FORWARD"))
			.andExpect(flash().attribute("errorKey", "program.move.reasonRequired"));
		this.mvc
			.perform(post(programPath() + "/stage").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("direction", "BACK")
				.param("reason", "Already at the start"))
			.andExpect(flash().attribute("errorKey", "program.move.nowhere"));
		this.mvc
			.perform(post(programPath() + "/stage").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("direction", "FORWARD")
				.param("reason", "Pain 3 of 10, moving freely"))
			.andExpect(flash().attribute("flashKey", "program.move.done"));

		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.currentStage()).isEqualTo(Stage.RESTORE_MOBILITY);
		this.mvc.perform(get(programPath() + "/history").cookie(this.signedIn.physioSession()))
			.andExpect(content().string(containsString("Stage 1 → Stage 2: Pain 3 of 10, moving freely")));
	}

	@Test
	void savesPersonalNotesAsANewVersionAndRefusesMarkupOrStaleVersions() throws Exception {
		this.mvc
			.perform(post(programPath() + "/notes").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("version", "1")
				.param("notes", "Walk the dog daily; avoid long drives for now."))
			.andExpect(flash().attribute("flashKey", "program.saved"));
		this.mvc
			.perform(post(programPath() + "/notes").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("version", "1")
				.param("notes", "An older edit"))
			.andExpect(flash().attribute("errorKey", "program.notes.changedMeanwhile"));
		this.mvc
			.perform(post(programPath() + "/notes").cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("version", "2")
				.param("notes", "<script>alert(1)</script>"))
			.andExpect(flash().attribute("errorKey", "program.notes.invalid"));

		AssignedProgram now = this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow();
		assertThat(now.version()).isEqualTo(2);
		assertThat(now.program().notes()).isEqualTo("Walk the dog daily; avoid long drives for now.");
	}

	@Test
	void anotherClinicsPhysioSeesNothing() throws Exception {
		Cookie stranger = this.signedIn.otherClinic().physioSession();

		this.mvc.perform(get(programPath()).cookie(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(stageForm(1, 1, stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get("/patients/" + UUID.randomUUID() + "/program").cookie(this.signedIn.physioSession()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(programPath() + "/stages/5/edit").cookie(this.signedIn.physioSession()))
			.andExpect(status().isNotFound());
	}

	private String programPath() {
		return "/patients/" + this.signedIn.patientId() + "/program";
	}

	private MockHttpServletRequestBuilder stageForm(int stage, int version) {
		return stageForm(stage, version, this.signedIn.physioSession(), Map.of());
	}

	private MockHttpServletRequestBuilder stageForm(int stage, int version, Cookie session) {
		return stageForm(stage, version, session, Map.of());
	}

	/**
	 * The stage's form as the edit page fills it in, with some fields changed.
	 */
	private MockHttpServletRequestBuilder stageForm(int stage, int version, Cookie session,
			Map<String, String> changes) {
		var plan = this.assigned.program().stage(Stage.ofNumber(stage));
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(version));
		fields.put("goal", plan.goal());
		for (int i = 0; i < plan.exercises().size(); i++) {
			var p = plan.exercises().get(i);
			fields.put("rows[" + i + "].code", p.code().value());
			fields.put("rows[" + i + "].position", String.valueOf(i + 1));
			putIfSet(fields, i, "sets", p.dosage().sets());
			putIfSet(fields, i, "reps", p.dosage().reps());
			putIfSet(fields, i, "holdSeconds", p.dosage().holdSeconds());
			putIfSet(fields, i, "restSeconds", p.dosage().restSeconds());
			putIfSet(fields, i, "rounds", p.dosage().rounds());
			putIfSet(fields, i, "effortPercent", p.dosage().effortPercent());
			putIfSet(fields, i, "timesPerDay", p.dosage().timesPerDay());
			putIfSet(fields, i, "daysPerWeek", p.dosage().daysPerWeek());
			putIfSet(fields, i, "durationMinutes", p.dosage().durationMinutes());
			if (p.dosage().side() != null) {
				fields.put("rows[" + i + "].dosage.side", p.dosage().side().name());
			}
			fields.put("rows[" + i + "].note", p.note());
		}
		fields.putAll(changes);
		MockHttpServletRequestBuilder form = post(programPath() + "/stages/" + stage).cookie(session).with(csrf());
		fields.forEach(form::param);
		return form;
	}

	private static void putIfSet(Map<String, String> fields, int row, String field, Integer value) {
		if (value != null) {
			fields.put("rows[" + row + "].dosage." + field, String.valueOf(value));
		}
	}

}
