package org.fourstage.web.program;

import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.domain.tracking.MeasurementSchedules;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

@WebTest
class ProgramAssignmentIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	LibraryTemplates templates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeasurementSchedules schedules;

	String standard;

	@BeforeEach
	void physioAndPatient() throws Exception {
		this.standard = this.templates.list(this.signedIn.clinic().id())
			.stream()
			.filter((t) -> t.template().code().equals("standard"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
	}

	@Test
	void anUnresolvedRedFlagBlocksAssignmentUntilAnOverrideIsRecorded() throws Exception {
		UUID assessment = this.accounts.urgentAssessment(this.signedIn.clinic(), this.signedIn.patientId().value());

		this.mvc.perform(get(path() + "/assign").cookie(this.signedIn.physioSession()))
			.andExpect(content().string(containsString("No program while a red flag is unresolved")))
			.andExpect(content().string(not(containsString("Assign program</button>"))));
		this.mvc.perform(assign(this.standard, "1", "Trying anyway")).andExpect(status().isOk());
		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_events WHERE patient_id = :p AND outcome = 'DENIED'")
			.param("p", this.signedIn.patientId().value())
			.query(Integer.class)
			.single()).isOne();

		this.mvc
			.perform(post("/patients/" + this.signedIn.patientId().value() + "/assessments/" + assessment + "/override")
				.cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("reason", "Seen by the GP today; cleared for gentle exercise."))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(assign(this.standard, "1", "Calm first"))
			.andExpect(flash().attribute("flashKey", "program.assign.done"));
		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.currentStage()).isEqualTo(Stage.CALM_AND_UNLOAD);
	}

	@Test
	void preselectsTheSuggestedStageAndExplainsWhy() throws Exception {
		this.accounts.urgentAssessment(this.signedIn.clinic(), this.signedIn.patientId().value());
		this.jdbc.sql("UPDATE assessments SET urgent = false WHERE patient_id = :p")
			.param("p", this.signedIn.patientId().value())
			.update();

		this.mvc.perform(get(path() + "/assign").cookie(this.signedIn.physioSession()))
			.andExpect(model().attribute("form",
					org.hamcrest.Matchers.hasProperty("reason", containsString("Suggested by the assessment"))));
	}

	@Test
	void refusesMissingTemplatesStagesBeyondThreeAndMarkupReasons() throws Exception {
		this.mvc.perform(assign("", "1", "No template"))
			.andExpect(model().attributeHasFieldErrors("form", "templateId"));
		this.mvc.perform(assign(this.standard, "4", "Straight to the end"))
			.andExpect(model().attributeHasFieldErrors("form", "startStage"));
		this.mvc.perform(assign(this.standard, "1", "<script>alert(1)</script>"))
			.andExpect(model().attributeHasFieldErrors("form", "reason"));
		this.mvc.perform(assign(this.standard, "1", "")).andExpect(model().attributeHasFieldErrors("form", "reason"));
		this.mvc.perform(assign(UUID.randomUUID().toString(), "1", "Unknown template"))
			.andExpect(model().attributeHasFieldErrors("form", "templateId"));
		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())).isEmpty();
	}

	@Test
	void assignsTheClinicsOwnCopyAndNeverAnotherClinics() throws Exception {
		Clinic other = this.signedIn.otherClinic().clinic();
		var otherCopy = this.templates.addOwn(other.id(), this.signedIn.otherClinic().physio().id(),
				this.templates.list(other.id()).get(0).template().renamed("copy-elsewhere", "Elsewhere", "Theirs."),
				this.templates.list(other.id()).get(0).id());

		this.mvc.perform(assign(otherCopy.id().toString(), "1", "Not ours"))
			.andExpect(model().attributeHasFieldErrors("form", "templateId"));
		this.mvc.perform(get(path() + "/assign").cookie(this.signedIn.physioSession()))
			.andExpect(content().string(not(containsString("Elsewhere"))));
	}

	@Test
	void aSecondAssignmentIsRefusedAndTheProgramStays() throws Exception {
		this.mvc.perform(assign(this.standard, "2", "Calmer, stiff"))
			.andExpect(flash().attribute("flashKey", "program.assign.done"));
		this.mvc.perform(assign(this.standard, "1", "Again"))
			.andExpect(flash().attribute("errorKey", "program.assign.exists"));
		assertThat(this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.currentStage()).isEqualTo(Stage.RESTORE_MOBILITY);
	}

	private String path() {
		return "/patients/" + this.signedIn.patientId().value() + "/program";
	}

	@Test
	void theProgramKeepsTheClinicsMeasurementScheduleOfTheDayItWasAssigned() throws Exception {
		MeasurementSchedule monthly = new MeasurementSchedule(true, 4, MeasurementSchedule.weeks(0, 4, 8, 12),
				MeasurementSchedule.weeks(0, 12));
		AccountId admin = this.signedIn.admin().id();
		this.schedules.saveDefault(this.signedIn.clinic().id(), admin, monthly);

		this.mvc.perform(assign(this.standard, "1", "Calm first"))
			.andExpect(flash().attribute("flashKey", "program.assign.done"));
		this.schedules.saveDefault(this.signedIn.clinic().id(), admin, MeasurementSchedule.DEFAULTS);

		UUID program = this.programs.forPatient(this.signedIn.clinic().id(), this.signedIn.patientId())
			.orElseThrow()
			.id();
		assertThat(this.schedules.forProgram(this.signedIn.clinic().id(), program)).isEqualTo(monthly);
	}

	private MockHttpServletRequestBuilder assign(String template, String stage, String reason) {
		return post(path() + "/assign").cookie(this.signedIn.physioSession())
			.with(csrf())
			.param("templateId", template)
			.param("startStage", stage)
			.param("reason", reason);
	}

}
