package org.fourstage.web.library;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.library.ExerciseFilter;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.library.SeedChange;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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

/**
 * The library pages through MockMvc: what a physio sees, what they may add and change,
 * what is refused and what the audit log keeps.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryPagesIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LibraryExercises exercises;

	@Autowired
	LibraryTemplates templates;

	@Autowired
	SharedLibraryLoader loader;

	@Test
	void startUpLoadedTheWholeSeedLibraryAndLoadingAgainChangesNothing() {
		int exerciseRows = count("SELECT count(*) FROM exercises WHERE clinic_id IS NULL");
		assertThat(exerciseRows).isEqualTo(ExerciseLibrary.load().all().size());
		assertThat(count("SELECT count(*) FROM program_templates WHERE clinic_id IS NULL"))
			.isEqualTo(ProgramTemplates.load().size());
		String before = fingerprint();

		Map<SeedChange, Integer> again = this.loader.load(ExerciseLibrary.load().all(), ProgramTemplates.load());

		assertThat(again.get(SeedChange.ADDED)).isZero();
		assertThat(again.get(SeedChange.UPDATED)).isZero();
		assertThat(again.get(SeedChange.UNCHANGED)).isEqualTo(exerciseRows + ProgramTemplates.load().size());
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void theListFiltersByStageMuscleGroupAndName() throws Exception {
		String stageTwo = page(get("/library/exercises").param("stage", "RESTORE_MOBILITY"));
		assertThat(stageTwo).contains("Cat").doesNotContain("Supported legs-up rest");

		String glutes = page(get("/library/exercises").param("target", "GLUTES").param("q", "BRIDGE"));
		assertThat(glutes).contains("Glute bridge").doesNotContain("Cat");

		String nonsense = page(get("/library/exercises").param("stage", "STAGE_9").param("target", "<script>"));
		assertThat(nonsense).contains("Supported legs-up rest").doesNotContain("<script>");

		String none = page(get("/library/exercises").param("q", "<script>alert(1)</script>"));
		assertThat(none).contains("No exercise matches").doesNotContain("<script>alert(1)");
	}

	@Test
	void anExercisePageShowsStepsCautionsAndTheDosageInPlainWords() throws Exception {
		LibraryExercise bridge = sharedExercise("glute-bridge");

		String html = page(get("/library/exercises/" + bridge.id()));

		assertThat(html).contains(bridge.exercise().name())
			.contains(escape(bridge.exercise().steps().get(0)))
			.contains(escape(bridge.exercise().cautions().get(0)))
			.contains(bridge.exercise().defaultDosage().inPlainWords())
			.contains("FourStage library");
	}

	@Test
	void aPhysioAddsAnOwnExerciseThatOnlyTheirClinicSees() throws Exception {
		MockHttpServletResponse response = send(validExercise("Towel squeeze"), this.signedIn.physioSession());
		assertThat(response.getStatus()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		assertThat(location).matches("/library/exercises/[0-9a-f-]{36}");

		String html = page(get(location));
		assertThat(html).contains("Towel squeeze")
			.contains("Squeeze a rolled towel between the knees.")
			.contains("3 sets of 12")
			.contains("Our clinic");
		assertThat(status(get(location), this.signedIn.otherClinic().physioSession())).isEqualTo(404);
		assertThat(page(get("/library/exercises").param("q", "towel"))).contains("Towel squeeze");
		assertThat(this.mvc
			.perform(get("/library/exercises").param("q", "towel").cookie(this.signedIn.otherClinic().physioSession()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Towel squeeze");
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'EXERCISE_CREATED' AND target_id = '" + id
				+ "' AND actor_id = '" + this.signedIn.physio().id() + "'"))
			.isEqualTo(1);
	}

	@Test
	void outOfRangeDosagesAreRefusedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		int before = count("SELECT count(*) FROM exercises");
		for (Map.Entry<String, String> bad : List.of(Map.entry("reps", "0"), Map.entry("reps", "101"),
				Map.entry("holdSeconds", "601"), Map.entry("effortPercent", "101"), Map.entry("daysPerWeek", "8"),
				Map.entry("sets", "99999999999999"), Map.entry("durationMinutes", "ten"))) {
			MockHttpServletRequestBuilder request = validExercise("Out of range", bad.getKey(), bad.getValue());
			MockHttpServletResponse response = this.mvc.perform(request.cookie(this.signedIn.physioSession()))
				.andReturn()
				.getResponse();
			String html = response.getContentAsString();

			assertThat(response.getStatus()).as(bad.toString()).isEqualTo(200);
			assertThat(html).as(bad.toString()).contains("id=\"" + bad.getKey() + "-error\"");
		}
		String html = page(validExercise("Range message", "reps", "101"));
		assertThat(html).contains("Enter a whole number from 1 to 100, or leave it empty.");
		assertThat(count("SELECT count(*) FROM exercises")).isEqualTo(before);
	}

	@Test
	void emptyHugeAndHostileInputIsRefusedWithMessages() throws Exception {
		int before = count("SELECT count(*) FROM exercises");

		String empty = page(post("/library/exercises").with(csrf()));
		assertThat(empty).contains("id=\"name-error\"")
			.contains("id=\"steps-error\"")
			.contains("id=\"cautions-error\"");

		String noDosage = page(validExercise("No dosage", "sets", "", "reps", "", "side", "BOTH"));
		assertThat(noDosage).contains("Give at least one part of the dosage");

		String huge = page(validExercise("x".repeat(5000), "steps", "Step one.\n" + "y".repeat(301)));
		assertThat(huge).contains("id=\"name-error\"").contains("Keep each line to at most 300 characters.");

		String oneStep = page(validExercise("One step", "steps", "Only one step."));
		assertThat(oneStep).contains("Write 2 to 12 lines here");

		String hostile = page(validExercise("<script>alert(1)</script>", "cautions", "Stop if <b>pain</b>."));
		assertThat(hostile).contains("id=\"name-error\"")
			.contains("id=\"cautions-error\"")
			.contains("Please write plain text: no HTML markup")
			.doesNotContain("<script>alert(1)");

		String badEnum = page(validExercise("Bad stage", "stage", "STAGE_9", "target", "TOES"));
		assertThat(badEnum).contains("id=\"stage-error\"").contains("id=\"target-error\"");

		assertThat(count("SELECT count(*) FROM exercises")).isEqualTo(before);
	}

	@Test
	void sharedTemplatesAreReadOnlyAndCopyingMakesAnEditableClinicCopy() throws Exception {
		LibraryTemplate standard = sharedTemplate("standard");
		String shared = page(get("/library/templates/" + standard.id()));
		assertThat(shared).contains(standard.template().name())
			.contains(escape(standard.template().stage(Stage.CALM_AND_UNLOAD).goal()))
			.contains(escape(standard.template().stage(Stage.CALM_AND_UNLOAD).advice().get(0)))
			.contains("Copy to our clinic")
			.doesNotContain("Move down");
		assertThat(status(post("/library/templates/" + standard.id() + "/stages/1/exercises/0/remove").with(csrf())
			.param("version", "0"), this.signedIn.physioSession())).isEqualTo(404);
		assertThat(status(get("/library/templates/" + standard.id() + "/edit"), this.signedIn.physioSession()))
			.isEqualTo(404);

		LibraryTemplate copy = copy(standard);
		assertThat(copy.template().name()).isEqualTo(standard.template().name() + " (our copy)");
		assertThat(copy.template().stages()).isEqualTo(standard.template().stages());
		assertThat(page(get("/library/templates/" + copy.id()))).contains("Move down").contains("Change dosage");
		assertThat(status(get("/library/templates/" + copy.id()), this.signedIn.otherClinic().physioSession()))
			.isEqualTo(404);
		assertThat(status(post("/library/templates/" + copy.id() + "/copy").with(csrf()),
				this.signedIn.otherClinic().physioSession()))
			.isEqualTo(404);
		assertThat(audits("TEMPLATE_COPIED", copy)).isEqualTo(1);
		assertThat(sharedTemplate("standard")).isEqualTo(standard);
	}

	@Test
	void aCopyIsRenamedReorderedTrimmedExtendedAndDosedDifferently() throws Exception {
		LibraryTemplate copy = copy(sharedTemplate("standard"));
		String base = "/library/templates/" + copy.id();
		var stageOne = copy.template().stage(Stage.CALM_AND_UNLOAD).exercises();

		redirectsHome(post(base).with(csrf())
			.param("name", "Our desk workers' program")
			.param("description", "For people who sit all day.")
			.param("goal1", "Calm things down.")
			.param("goal2", "Move again.")
			.param("goal3", "Get strong.")
			.param("goal4", "Back to the desk.")
			.param("version", "0"), base);
		redirectsHome(
				post(base + "/stages/1/exercises/0/move").with(csrf()).param("direction", "down").param("version", "1"),
				base);
		redirectsHome(post(base + "/stages/1/exercises/2/remove").with(csrf()).param("version", "2"), base);
		LibraryExercise bridge = sharedExercise("glute-bridge");
		redirectsHome(post(base + "/stages/1/exercises").with(csrf())
			.param("exerciseId", bridge.id().toString())
			.param("version", "3"), base);
		redirectsHome(post(base + "/stages/1/exercises/0/dosage").with(csrf())
			.param("durationMinutes", "3")
			.param("timesPerDay", "4")
			.param("version", "4"), base);

		LibraryTemplate edited = this.templates.find(this.signedIn.clinic().id(), copy.id()).orElseThrow();
		var entries = edited.template().stage(Stage.CALM_AND_UNLOAD).exercises();
		assertThat(edited.template().name()).isEqualTo("Our desk workers' program");
		assertThat(edited.template().stage(Stage.INTEGRATE_INTO_DAILY_LIFE).goal()).isEqualTo("Back to the desk.");
		assertThat(entries.get(0).code()).isEqualTo(stageOne.get(1).code());
		assertThat(entries.get(1).code()).isEqualTo(stageOne.get(0).code());
		assertThat(entries).extracting((e) -> e.code()).doesNotContain(stageOne.get(2).code());
		assertThat(entries.get(entries.size() - 1).code()).isEqualTo(bridge.exercise().code());
		assertThat(entries.get(0).dosageOverride().inPlainWords()).contains("3 minutes").contains("4 times a day");
		assertThat(edited.version()).isEqualTo(5);
		assertThat(audits("TEMPLATE_UPDATED", copy)).isEqualTo(5);

		String html = page(get(base));
		assertThat(html).contains("adjusted").contains("Our desk workers&#39; program");
	}

	@Test
	void anEditOverSomeoneElsesNewerChangeIsRefusedAndChangesNothing() throws Exception {
		LibraryTemplate copy = copy(sharedTemplate("standard"));
		String base = "/library/templates/" + copy.id();
		redirectsHome(
				post(base + "/stages/2/exercises/0/move").with(csrf()).param("direction", "down").param("version", "0"),
				base);

		MvcResult stale = this.mvc
			.perform(post(base + "/stages/2/exercises/0/remove").with(csrf())
				.param("version", "0")
				.cookie(this.signedIn.physioSession()))
			.andReturn();

		assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo(base);
		assertThat(stale.getFlashMap().get("errorKey")).isEqualTo("library.template.stale");
		assertThat(this.templates.find(this.signedIn.clinic().id(), copy.id())
			.orElseThrow()
			.template()
			.stage(Stage.RESTORE_MOBILITY)
			.exercises()).hasSize(copy.template().stage(Stage.RESTORE_MOBILITY).exercises().size());
	}

	@Test
	void templateEditsRefuseBadInput() throws Exception {
		LibraryTemplate copy = copy(sharedTemplate("standard"));
		String base = "/library/templates/" + copy.id();

		String names = page(post(base).with(csrf())
			.param("name", "<script>alert(1)</script>")
			.param("description", "")
			.param("goal1", "g".repeat(501))
			.param("goal2", "Fine.")
			.param("goal3", "Fine.")
			.param("goal4", "Fine.")
			.param("version", "0"));
		assertThat(names).contains("id=\"name-error\"")
			.contains("id=\"description-error\"")
			.contains("id=\"goal1-error\"")
			.doesNotContain("<script>alert(1)");

		String dosage = page(post(base + "/stages/3/exercises/0/dosage").with(csrf())
			.param("reps", "101")
			.param("holdSeconds", "601")
			.param("version", "0"));
		assertThat(dosage).contains("id=\"reps-error\"").contains("id=\"holdSeconds-error\"");

		assertThat(status(post(base + "/stages/5/exercises/0/remove").with(csrf()).param("version", "0"),
				this.signedIn.physioSession()))
			.isEqualTo(404);
		assertThat(status(post(base + "/stages/1/exercises/99/move").with(csrf()).param("version", "0"),
				this.signedIn.physioSession()))
			.isEqualTo(404);
		MvcResult duplicate = this.mvc
			.perform(post(base + "/stages/1/exercises").with(csrf())
				.param("exerciseId", sharedExercise("pelvic-tilts").id().toString())
				.param("version", "0")
				.cookie(this.signedIn.physioSession()))
			.andReturn();
		assertThat(duplicate.getFlashMap().get("errorKey")).isEqualTo("library.template.alreadyListed");

		assertThat(this.templates.find(this.signedIn.clinic().id(), copy.id()).orElseThrow()).isEqualTo(copy);
	}

	private LibraryTemplate copy(LibraryTemplate source) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/library/templates/" + source.id() + "/copy").with(csrf())
				.cookie(this.signedIn.physioSession()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		return this.templates
			.find(this.signedIn.clinic().id(),
					new org.fourstage.domain.library.TemplateId(
							UUID.fromString(location.substring(location.lastIndexOf('/') + 1))))
			.orElseThrow();
	}

	private void redirectsHome(MockHttpServletRequestBuilder request, String base) throws Exception {
		MvcResult response = this.mvc.perform(request.cookie(this.signedIn.physioSession())).andReturn();
		assertThat(response.getResponse().getRedirectedUrl()).isEqualTo(base);
		assertThat(response.getFlashMap().get("flashKey")).isEqualTo("library.template.saved");
	}

	/**
	 * A valid new exercise, with some fields typed differently.
	 * @param name the name
	 * @param overrides field and value pairs replacing the valid ones
	 */
	private MockHttpServletRequestBuilder validExercise(String name, String... overrides) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", name);
		fields.put("stage", "STRENGTHEN_AND_COORDINATE");
		fields.put("target", "HIP_FLEXORS");
		fields.put("steps", "Lie on your back with knees bent.\r\nSqueeze a rolled towel between the knees.");
		fields.put("cautions", "Ease off if the groin aches.");
		fields.put("sets", "3");
		fields.put("reps", "12");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/library/exercises").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.cookie(this.signedIn.physioSession()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Cookie cookie) throws Exception {
		return this.mvc.perform(request.cookie(cookie)).andReturn().getResponse();
	}

	private int status(MockHttpServletRequestBuilder request, Cookie cookie) throws Exception {
		return send(request, cookie).getStatus();
	}

	private LibraryExercise sharedExercise(String code) {
		return this.exercises.search(this.signedIn.clinic().id(), ExerciseFilter.ALL)
			.stream()
			.filter((e) -> e.shared() && e.exercise().code().value().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private LibraryTemplate sharedTemplate(String code) {
		return this.templates.list(this.signedIn.clinic().id())
			.stream()
			.filter((t) -> t.shared() && t.template().code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private int audits(String action, LibraryTemplate template) {
		return count("SELECT count(*) FROM audit_events WHERE action = '" + action + "' AND target_id = '"
				+ template.id() + "'");
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private String fingerprint() {
		return this.jdbc
			.sql("SELECT md5(string_agg(e::text, '|' ORDER BY e.code)) FROM exercises e WHERE clinic_id IS NULL")
			.query(String.class)
			.single()
				+ this.jdbc
					.sql("SELECT string_agg(t.code || t.version || t.updated_at, '|' ORDER BY t.code) "
							+ "FROM program_templates t WHERE clinic_id IS NULL")
					.query(String.class)
					.single();
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text);
	}

}
