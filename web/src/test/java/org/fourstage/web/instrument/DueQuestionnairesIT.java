package org.fourstage.web.instrument;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The today page asks for the questionnaires the schedule wants, where the patient may
 * fill them in: a program assigned 15 days ago has the patient-specific scale of week 2
 * due (its day was yesterday) and the disability index and STarT Back of week 0 overdue.
 */
@WebTest
class DueQuestionnairesIT {

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	@BeforeEach
	void assignedFifteenDaysAgo() {
		this.programs.assign(this.signedIn.clinic().id(), this.signedIn.patientId(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.CALM_AND_UNLOAD, "Irritable", this.signedIn.physio().id(),
				Instant.now().minus(Duration.ofDays(15)));
	}

	@Test
	void asksForTheScaleThePatientMayAnswerAndLeavesTheLicensedOnesToThePhysio() throws Exception {
		String page = todayPage();

		assertThat(page).contains("Questionnaires to fill in", "href=\"/my/questionnaires/psfs\"",
				"Patient-specific functional scale", "Due around " + DAY_MONTH.format(this.today.minusDays(1)));
		assertThat(page).doesNotContain("href=\"/my/questionnaires/disability-index\"",
				"href=\"/my/questionnaires/start-back\"");
	}

	@Test
	void aCompletedScaleIsNoLongerAskedFor() throws Exception {
		this.jdbc
			.sql("INSERT INTO instrument_responses (clinic_id, patient_id, instrument_id, instrument_version, "
					+ "entered_as, entered_by, entered_at, score, band) VALUES (:clinic, :patient, 'psfs', '1', "
					+ "'PATIENT', :by, now(), 6.0, NULL)")
			.param("clinic", this.signedIn.clinic().id().value())
			.param("patient", this.signedIn.patientId().value())
			.param("by", this.signedIn.patient().id().value())
			.update();

		assertThat(todayPage()).doesNotContain("Questionnaires to fill in", "/my/questionnaires/psfs");
	}

	@Test
	void withTheLicensedWordingImportedTheOverdueDisabilityIndexIsAskedForFirst() throws Exception {
		InstrumentDefinition index = DisabilityIndex.DEFINITION;
		for (var item : index.items()) {
			this.jdbc
				.sql("INSERT INTO instrument_item_texts (clinic_id, instrument_id, instrument_version, item_id, text, "
						+ "imported_by) VALUES (:clinic, :instrument, :version, :item, 'Licensed wording', :by)")
				.param("clinic", this.signedIn.clinic().id().value())
				.param("instrument", index.id().value())
				.param("version", index.version())
				.param("item", item.id())
				.param("by", this.signedIn.admin().id().value())
				.update();
		}

		String page = todayPage();

		int overdue = page.indexOf("href=\"/my/questionnaires/disability-index\"");
		assertThat(overdue).isPositive().isLessThan(page.indexOf("href=\"/my/questionnaires/psfs\""));
		assertThat(page).contains("It was due on " + DAY_MONTH.format(this.today.minusDays(15)));
	}

	private String todayPage() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/my/program").cookie(this.signedIn.patientSession()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}
