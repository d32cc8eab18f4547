package org.fourstage.web.patient;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebTest
class ClinicalNotesIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void theAuthorCorrectsANoteWithinADayAndThenOnlyAddendaRemain() throws Exception {
		UUID note = write("Flexion eased by knee bend. Advised short walks.");

		this.mvc.perform(get(notePath(note) + "/edit").cookie(this.signedIn.physioSession()))
			.andExpect(view().name("patient/note-edit"));
		this.mvc
			.perform(post(notePath(note)).cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("body", "Corrected: walks of 10 min."))
			.andExpect(flash().attribute("flashKey", "note.corrected"));

		this.clock.advance(Duration.ofHours(24).plusMinutes(1));
		// A day later the old session has ended (12 hours at most); the physio signs in
		// again.
		Cookie again = SignIn.as(this.mvc, this.signedIn.physio());
		this.mvc.perform(post(notePath(note)).cookie(again).with(csrf()).param("body", "Late rewrite"))
			.andExpect(flash().attribute("errorKey", "note.locked"));
		this.mvc
			.perform(post("/patients/" + this.signedIn.patientId().value() + "/notes").cookie(again)
				.with(csrf())
				.param("body", "Addendum: patient reports the walks help.")
				.param("addendumTo", note.toString()))
			.andExpect(flash().attribute("flashKey", "note.addendumAdded"));

		assertThat(body(note)).isEqualTo("Corrected: walks of 10 min.");
		assertThat(this.jdbc.sql("SELECT count(*) FROM clinical_notes WHERE addendum_to = :n")
			.param("n", note)
			.query(Integer.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_events WHERE patient_id = :p AND action LIKE 'NOTE_%'")
			.param("p", this.signedIn.patientId().value())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void onlyTheAuthorMayCorrect() throws Exception {
		UUID note = write("Written by the first physio.");
		Cookie colleague = SignIn.as(this.mvc, this.accounts.physio(this.signedIn.clinic()));

		this.mvc.perform(post(notePath(note)).cookie(colleague).with(csrf()).param("body", "Not mine to change"))
			.andExpect(flash().attribute("errorKey", "note.locked"));
		assertThat(body(note)).isEqualTo("Written by the first physio.");
	}

	@Test
	void refusesEmptyHugeAndMarkupNotesAndKeepsPlainComparisons() throws Exception {
		int before = notes();
		for (String bad : new String[] { "", "   ", "x".repeat(10_001), "<script>alert(1)</script>", "<img src=x>" }) {
			this.mvc
				.perform(post("/patients/" + this.signedIn.patientId().value() + "/notes")
					.cookie(this.signedIn.physioSession())
					.with(csrf())
					.param("body", bad))
				.andExpect(flash().attributeExists("noteError"));
		}
		assertThat(notes()).isEqualTo(before);

		write("Pain < 3 at rest, > 6 after sitting 40 min.");
		assertThat(notes()).isEqualTo(before + 1);
	}

	@Test
	void refusesControlCharactersInANoteAndInACorrectionNextToTheField() throws Exception {
		UUID note = write("Plain first version.");
		int before = notes();

		for (String bad : new String[] { "NUL\u0000inside", "word processor\u000Btab", "escape \u001B",
				"odd \uFFFE" }) {
			this.mvc
				.perform(post("/patients/" + this.signedIn.patientId().value() + "/notes")
					.cookie(this.signedIn.physioSession())
					.with(csrf())
					.param("body", bad))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("noteError", "validation.unstorable"));
			this.mvc.perform(post(notePath(note)).cookie(this.signedIn.physioSession()).with(csrf()).param("body", bad))
				.andExpect(status().isOk())
				.andExpect(model().attribute("noteError", "validation.unstorable"));
		}

		assertThat(notes()).isEqualTo(before);
		assertThat(body(note)).isEqualTo("Plain first version.");
	}

	@Test
	void aRefusedHugeNoteComesBackWithWhatWasTyped() throws Exception {
		UUID note = write("Short note.");
		String typed = "Session report. " + "x".repeat(100_000 - 16);

		this.mvc
			.perform(post("/patients/" + this.signedIn.patientId().value() + "/notes")
				.cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("body", typed))
			.andExpect(flash().attribute("noteError", "note.tooLong"))
			.andExpect(flash().attribute("noteDraft", typed));
		String correction = this.mvc
			.perform(post(notePath(note)).cookie(this.signedIn.physioSession()).with(csrf()).param("body", typed))
			.andExpect(model().attribute("noteError", "note.tooLong"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(correction).contains(typed).contains("A note has at most 10,000 characters.");
	}

	@Test
	void anAddendumToAnotherPatientsNoteIsNotFound() throws Exception {
		UUID note = write("A note of this patient.");
		UUID other = this.signedIn.otherClinic().patientId().value();

		this.mvc
			.perform(post("/patients/" + this.signedIn.patientId().value() + "/notes")
				.cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("body", "Sneaky addendum")
				.param("addendumTo", UUID.randomUUID().toString()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/patients/" + other + "/notes/" + note + "/edit").cookie(this.signedIn.physioSession()))
			.andExpect(status().isNotFound());
	}

	private UUID write(String body) throws Exception {
		this.mvc
			.perform(post("/patients/" + this.signedIn.patientId().value() + "/notes")
				.cookie(this.signedIn.physioSession())
				.with(csrf())
				.param("body", body))
			.andExpect(flash().attribute("flashKey", "note.added"));
		return this.jdbc.sql("SELECT id FROM clinical_notes WHERE patient_id = :p ORDER BY created_at DESC LIMIT 1")
			.param("p", this.signedIn.patientId().value())
			.query(UUID.class)
			.single();
	}

	private String notePath(UUID note) {
		return "/patients/" + this.signedIn.patientId().value() + "/notes/" + note;
	}

	private String body(UUID note) {
		return this.jdbc.sql("SELECT body FROM clinical_notes WHERE id = :n")
			.param("n", note)
			.query(String.class)
			.single();
	}

	private int notes() {
		return this.jdbc.sql("SELECT count(*) FROM clinical_notes").query(Integer.class).single();
	}

}
