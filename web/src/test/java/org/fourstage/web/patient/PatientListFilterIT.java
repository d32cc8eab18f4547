package org.fourstage.web.patient;

import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class PatientListFilterIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void patients() throws Exception {
		Clinic clinic = this.signedIn.clinic();
		Account physio = this.signedIn.physio();
		UUID anna = named(this.accounts.patientRecord(clinic), "Anna Able");
		UUID zoe = named(this.accounts.patientRecord(clinic), "Zoe Zed");
		named(this.accounts.patientRecord(clinic), "Mia Middle");
		this.accounts.urgentAssessment(clinic, zoe);
		this.programs.assign(clinic.id(), new PatientId(anna),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.RESTORE_MOBILITY, "Stiff, calm", physio.id(), Instant.now());
	}

	@Test
	void listsAnUnresolvedRedFlagFirstAndMarksIt() throws Exception {
		String page = list("");

		assertThat(page.indexOf("Zoe Zed")).isLessThan(page.indexOf("Anna Able"));
		assertThat(page.indexOf("Anna Able")).isLessThan(page.indexOf("Mia Middle"));
		assertThat(page).contains("Urgent: red flag");
	}

	@Test
	void aSearchWithControlCharactersIsRefusedPlainlyWithoutData() throws Exception {
		this.mvc.perform(get("/patients").param("q", "Anna\u0000").cookie(this.signedIn.physioSession()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void filtersByStageStatusAndPattern() throws Exception {
		assertThat(list("?stage=2")).contains("Anna Able").doesNotContain("Zoe Zed").doesNotContain("Mia Middle");
		assertThat(list("?status=DISCHARGED")).doesNotContain("Anna Able").contains("No patients match.");
		String pattern = this.jdbc.sql("SELECT pain_pattern FROM assessments WHERE status = 'COMPLETED' LIMIT 1")
			.query(String.class)
			.single();
		assertThat(list("?pattern=" + pattern)).contains("Zoe Zed").doesNotContain("Anna Able");
		assertThat(list("?stage=9&status=<script>&pattern=x")).contains("Anna Able").contains("Zoe Zed");
	}

	@Test
	void keepsTheChosenFiltersSelected() throws Exception {
		String page = list("?stage=2&status=ACTIVE&pattern=MIXED");

		assertThat(page).containsPattern("<option value=\"2\" selected=\"selected\"")
			.containsPattern("<option value=\"ACTIVE\" selected=\"selected\"")
			.containsPattern("<option value=\"MIXED\" selected=\"selected\"")
			.doesNotContainPattern("<option value=\"1\" selected");
	}

	private String list(String query) throws Exception {
		return this.mvc.perform(get("/patients" + query).cookie(this.signedIn.physioSession()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UUID named(UUID patient, String name) {
		this.jdbc.sql("UPDATE patients SET full_name = :n WHERE id = :id")
			.param("n", name)
			.param("id", patient)
			.update();
		return patient;
	}

}
