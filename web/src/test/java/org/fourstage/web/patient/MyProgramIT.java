package org.fourstage.web.patient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@WebTest
class MyProgramIT {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final ExerciseCode LEGS_UP = ExerciseCode.of("legs-up-rest");

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	Program standard = ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode());

	@Test
	void showsTheCurrentStageTodaysExercisesAndWhatComesNext() throws Exception {
		assign(this.signedIn.patient(), this.standard.withExerciseNote(Stage.CALM_AND_UNLOAD, LEGS_UP,
				"Five minutes is plenty, then get up and walk around the house"));

		String page = page("/my/program", this.signedIn.patient());

		assertThat(page).contains("Stage 1 of 4", "Calm and unload",
				"Settle the pain and the protective guarding so that easy, smooth movement comes back.");
		assertThat(page).contains("Supported legs-up rest", "5 minutes, 3 times a day",
				"Five minutes is plenty, then get up and walk around the house",
				"Lie on your back on the floor and rest your calves on the seat of a chair or sofa.",
				"If it brings on tingling or pain in a leg, lower the legs and tell your physiotherapist.");
		assertThat(page).contains("Pain-calming gentle holds", "5 rounds: hold 8 seconds at about 25 % effort");
		assertThat(page).contains("Bed rest does not speed recovery.");
		assertThat(page).contains("What comes next", "Stage 2: Restore mobility",
				"Get the joints and soft tissues of the back and hips moving through their range again.");
		assertThat(page).contains("href=\"/my/program/flare-plan\"", "href=\"/my/program/sheet.pdf\"");
		assertThat(page).doesNotContain("camel");
	}

	@Test
	void theTimerOfAHoldCarriesItsHoldRestAndRoundsInThePage() throws Exception {
		assign(this.signedIn.patient(), this.standard);

		String page = page("/my/program", this.signedIn.patient());

		assertThat(page).contains("data-hold-seconds=\"8\" data-rest-seconds=\"5\" data-rounds=\"5\"");
		assertThat(page).contains(
				"data-hold-seconds=\"0\" data-rest-seconds=\"0\" data-rounds=\"1\" " + "data-duration-seconds=\"300\"");
		assertThat(page).containsPattern("src=\"/js/exercise-timer-[0-9a-f]{32}\\.js\"");
	}

	@Test
	void inTheLastStageSaysThatNoStageFollows() throws Exception {
		AssignedProgram program = assign(this.signedIn.patient(), this.standard);
		this.programs.moveStage(this.signedIn.clinic().id(), program.id(), Stage.INTEGRATE_INTO_DAILY_LIFE,
				"Ready for daily life", this.signedIn.physio().id(), NOW, LocalDate.of(2026, 11, 21));

		String page = page("/my/program", this.signedIn.patient());

		assertThat(page).contains("Stage 4 of 4", "Integrate into daily life", "Hip-hinge lifting practice",
				"This is the last stage.", "In this stage since 21 November 2026");
		assertThat(page).doesNotContain("Supported legs-up rest");
	}

	@Test
	void withoutAProgramSaysSoKindly() throws Exception {
		String page = page("/my/program", this.signedIn.patient());

		assertThat(page).contains("You have no program yet.", "href=\"/my/program/flare-plan\"");
		assertThat(page).doesNotContain("Today&#39;s exercises", "sheet.pdf");
	}

	@Test
	void neverShowsAnotherPatientsProgram() throws Exception {
		Account neighbour = this.accounts.patient(this.signedIn.clinic());
		assign(neighbour, this.standard.withExerciseNote(Stage.CALM_AND_UNLOAD, LEGS_UP, "Only for the neighbour"));
		SignedIn otherClinic = this.signedIn.otherClinic();
		this.programs.assign(otherClinic.clinic().id(), otherClinic.patientId(),
				this.standard.withExerciseNote(Stage.CALM_AND_UNLOAD, LEGS_UP, "Only for the stranger"),
				Stage.CALM_AND_UNLOAD, "Start", otherClinic.physio().id(), NOW);

		String page = page("/my/program", this.signedIn.patient());

		assertThat(page).contains("You have no program yet.").doesNotContain("Only for the", "Supported legs-up rest");
		assertThat(pdfOrRedirect(this.signedIn.patient()).getStatus()).isEqualTo(303);
		assertThat(page("/my/program", neighbour)).contains("Only for the neighbour")
			.doesNotContain("Only for the stranger");
	}

	@Test
	void everyReadOfTheProgramIsAudited() throws Exception {
		AssignedProgram program = assign(this.signedIn.patient(), this.standard);

		page("/my/program", this.signedIn.patient());
		pdfOrRedirect(this.signedIn.patient());

		assertThat(audited("program", program)).isOne();
		assertThat(audited("program-sheet", program)).isOne();
	}

	@Test
	void theFlarePlanSaysWhatHelpsAndWhenToGetHelp() throws Exception {
		String page = page("/my/program/flare-plan", this.signedIn.patient());

		assertThat(page).contains("If your back flares up", "Take the load off", "Keep moving, gently",
				"Leave out for now", "When to get help");
		assertThat(page).contains("Or lie on your side with a pillow between your knees and ankles",
				"Get urgent medical help for new problems controlling your bladder or bowel");
		assertThat(page).contains("href=\"/my/program\"");
	}

	@Test
	void theSheetIsADownloadablePdfOfTheCurrentStage() throws Exception {
		assign(this.signedIn.patient(),
				this.standard.withExerciseNote(Stage.CALM_AND_UNLOAD, LEGS_UP, "Keep it short"));

		MockHttpServletResponse response = pdfOrRedirect(this.signedIn.patient());

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename=\"fourstage-program-stage-1-");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		byte[] pdf = response.getContentAsByteArray();
		assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		// Kept for a person to look at, beside the browser tests' screenshots.
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "program-sheet.pdf"), pdf);
		String text = textOf(pdf);
		assertThat(text).contains("Stage 1 of 4: Calm and unload", "Supported legs-up rest", "5 minutes, 3 times a day",
				"Pain-calming gentle holds",
				"5 rounds: hold 8 seconds at about 25 % effort, rest 5 seconds, twice a day", "Keep it short",
				"Take care", "Stop if you feel sharp or shooting pain into a leg.");
		assertThat(text).contains("Restore mobility", "Strengthen and coordinate", "Integrate into daily life",
				"Build trunk, hip and back strength so that they share the load and work together.");
		assertThat(text).doesNotContain("camel");
	}

	@Test
	void theSheetPrintsSignsDashesAccentsAndPageNumbers() throws Exception {
		assign(this.signedIn.patient(), this.standard.withNotes("Walk ≥ 10 minutes – René says the café stairs count"));

		String text = textOf(pdfOrRedirect(this.signedIn.patient()).getContentAsByteArray());

		assertThat(text).contains("Walk ≥ 10 minutes – René says the café stairs count");
		assertThat(text).containsPattern("\\b1 / \\d+\\b");
	}

	@Test
	void theSheetIsPrintedEvenWhenAStoredNoteHoldsControlCharacters() throws Exception {
		// Rows stored before the one text rule may hold what XML cannot carry.
		assign(this.signedIn.patient(),
				this.standard.withExerciseNote(Stage.CALM_AND_UNLOAD, LEGS_UP, "Keep\u000B it\u0001 short\u001B \uFFFE")
					.withNotes("Walk\u000B daily"));

		MockHttpServletResponse response = pdfOrRedirect(this.signedIn.patient());

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(textOf(response.getContentAsByteArray())).contains("Keep it short", "Walk daily");
	}

	private AssignedProgram assign(Account account, Program program) {
		return this.programs.assign(this.signedIn.clinic().id(), account.patientId(), program, Stage.CALM_AND_UNLOAD,
				"Irritable", this.signedIn.physio().id(), NOW);
	}

	private String page(String path, Account account) throws Exception {
		Cookie session = SignIn.as(this.mvc, account);
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse pdfOrRedirect(Account account) throws Exception {
		Cookie session = SignIn.as(this.mvc, account);
		return this.mvc.perform(get("/my/program/sheet.pdf").cookie(session)).andReturn().getResponse();
	}

	private int audited(String targetType, AssignedProgram program) {
		return this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE action = 'PATIENT_VIEWED' AND target_type = :type "
					+ "AND target_id = :program AND patient_id = :patient AND actor_id = :actor")
			.param("type", targetType)
			.param("program", program.id().toString())
			.param("patient", this.signedIn.patient().patientId().value())
			.param("actor", this.signedIn.patient().id().value())
			.query(Integer.class)
			.single();
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
