package org.fourstage.web.patient;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.stage.StageGuides;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;
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
 * The reminder calendar a patient adds to their phone: weekly on the exercise days of
 * their current stage, readable by a calendar parser, and saying nothing about their
 * health.
 */
@WebTest
class ReminderCalendarIT {

	/** A Saturday. */
	private static final Instant ASSIGNED = Instant.parse("2026-11-21T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	Clinic clinic;

	Account physio;

	Account patient;

	Program standard;

	@BeforeEach
	void patientOfAClinic() {
		this.clinic = this.accounts.clinic();
		this.physio = this.accounts.physio(this.clinic);
		this.patient = this.accounts.patient(this.clinic);
		this.standard = ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode());
	}

	@Test
	void remindsEveryDayInACalmStageAtSixInTheEvening() throws Exception {
		AssignedProgram program = assign(this.standard);

		MockHttpServletResponse response = download(this.patient);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("fourstage-reminders.ics");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		VEvent event = onlyEvent(response);
		assertThat(value(event, Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU");
		// The stage began on Saturday 21 November 2026, an exercise day.
		assertThat(value(event, Property.DTSTART)).isEqualTo("20261121T180000");
		assertThat(value(event, Property.DURATION)).isEqualTo("PT30M");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Exercise time");
		assertThat(value(event, Property.URL)).isEqualTo("http://localhost:8080/my/program");
		assertThat(value(event, Property.UID)).isEqualTo(ReminderCalendar.uidOf(this.patient.patientId()));
		assertThat(event.getAlarms()).hasSize(1);
		assertThat(audited(program)).isOne();
	}

	@Test
	void aStrengthStageRemindsOnTheFiveWeekdaysAndKeepsItsUid() throws Exception {
		AssignedProgram program = assign(this.standard);
		VEvent before = onlyEvent(download(this.patient));

		// Monday 30 November 2026.
		this.programs.moveStage(this.clinic.id(), program.id(), Stage.STRENGTHEN_AND_COORDINATE, "Ready",
				this.physio.id(), Instant.parse("2026-11-30T09:00:00Z"), LocalDate.of(2026, 11, 30));
		VEvent after = onlyEvent(download(this.patient));

		assertThat(value(after, Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
		assertThat(value(after, Property.DTSTART)).isEqualTo("20261130T180000");
		assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
		assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
	}

	@Test
	void theFileNamesNoStageExerciseOrPerson() throws Exception {
		assign(this.standard.withNotes("Sciatica on the left, mind the disc"));

		String calendar = download(this.patient).getContentAsString(StandardCharsets.UTF_8);

		List<String> healthWords = new ArrayList<>(List.of("pain", "flare", "sciatica", "disc", "stage", "back",
				"physio", this.patient.name().value().toLowerCase(), this.patient.email().value()));
		StageGuides.all().forEach((guide) -> healthWords.add(guide.name().toLowerCase()));
		for (Stage stage : Stage.values()) {
			for (PrescribedExercise exercise : this.standard.stage(stage).exercises()) {
				healthWords.add(exercise.exercise().name().toLowerCase());
			}
		}
		// The app's own name holds the word "stage"; nothing else may.
		assertThat(calendar.toLowerCase().replace("fourstage", "")).doesNotContain(healthWords);
	}

	@Test
	void withoutAProgramThereIsNoCalendarButTheProgramPage() throws Exception {
		MockHttpServletResponse response = download(this.patient);

		assertThat(response.getStatus()).isEqualTo(303);
		assertThat(response.getRedirectedUrl()).endsWith("/my/program");
	}

	@Test
	void theTodayPageLinksToTheCalendar() throws Exception {
		assign(this.standard);
		Cookie session = SignIn.as(this.mvc, this.patient);

		String page = this.mvc.perform(get("/my/program").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("href=\"/my/reminders.ics\"", "Add exercise reminders to my calendar");
	}

	private AssignedProgram assign(Program program) {
		return this.programs.assign(this.clinic.id(), this.patient.patientId(), program, Stage.CALM_AND_UNLOAD,
				"Irritable", this.physio.id(), ASSIGNED);
	}

	private MockHttpServletResponse download(Account account) throws Exception {
		Cookie session = SignIn.as(this.mvc, account);
		return this.mvc.perform(get("/my/reminders.ics").cookie(session)).andReturn().getResponse();
	}

	/** Parses the file as a calendar app would, and checks it against RFC 5545. */
	private static VEvent onlyEvent(MockHttpServletResponse response) throws Exception {
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(calendar.validate().hasErrors()).as("validation of " + calendar).isFalse();
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).orElseThrow().getValue();
	}

	private int audited(AssignedProgram program) {
		return this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE action = 'PATIENT_VIEWED' AND target_type = "
					+ "'reminder-calendar' AND target_id = :program AND patient_id = :patient")
			.param("program", program.id().toString())
			.param("patient", this.patient.patientId().value())
			.query(Integer.class)
			.single();
	}

}
