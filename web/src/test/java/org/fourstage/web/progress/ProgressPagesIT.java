package org.fourstage.web.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
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
class ProgressPagesIT {

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	/**
	 * A program of the standard template (Stage 1 exercises every day) assigned 9 days
	 * ago: program week 1 is days -9 to -3, week 2 days -2 to today, 3 sessions due so
	 * far.
	 */
	private AssignedProgram trackedPatient() {
		AssignedProgram program = this.programs.assign(this.signedIn.clinic().id(), this.signedIn.patientId(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.CALM_AND_UNLOAD, "Irritable", this.signedIn.physio().id(),
				Instant.now().minus(Duration.ofDays(9)));
		TrackedRows rows = rows(this.signedIn.patientId());
		UUID weekOne = rows.session(program.id(), this.today.minusDays(5), 6, 5, "Session zero");
		rows.exercise(weekOne, 0, "pelvic-tilts", "DONE", 2, 2);
		UUID first = rows.session(program.id(), this.today.minusDays(2), 5, 4, "Session one");
		rows.exercise(first, 0, "pelvic-tilts", "DONE", 2, 2);
		UUID second = rows.session(program.id(), this.today.minusDays(1), 4, 3, "Session two");
		rows.exercise(second, 0, "pelvic-tilts", "DONE", 2, 2);
		rows.exercise(second, 1, "knee-rolls", "PARTLY", 2, 1);
		rows.checkIn(this.today, 4, 2);
		rows.checkIn(this.today.minusDays(3), 5, null);
		rows.checkIn(this.today.minusDays(8), 6, 6);
		rows.checkIn(this.today.minusDays(10), 7, 5);
		rows.flareUp(this.today.minusDays(8), this.today.minusDays(6), 8, "LIFTING", "SADDLE_NUMBNESS",
				"Lying with the knees up");
		rows.assessment(this.today.minusDays(4), 5, 12, false);
		return program;
	}

	@Test
	void thePatientReadsTheirFiguresWorkedOutAsByHand() throws Exception {
		trackedPatient();

		String page = page("/my/progress", this.signedIn.patientSession());

		// Check-ins of the last 7 days: today (4 + 2) / 2 = 3 and day -3 morning only 5:
		// (3 + 5) / 2 = 4.0. The 7 days before: days -8 (6) and -10 ((7 + 5) / 2 = 6):
		// 6.0, so 2.0 lower.
		assertThat(page).contains("Average pain, last 7 days", "4.0 of 10", "from 2 days with a check-in",
				"2.0 points lower than the 7 days before");
		// Week 2: day -2 done (1) and day -1 half of one exercise's sets ((1 + 1/2) / 2 =
		// 0.75): 1.75 of 3 sessions, shown 1.8; 58.3 % rounded down.
		assertThat(page).contains("Exercise sessions, program week 2", "1.8 of 3", "58 % of the sessions due so far");
		// The flare-up ended on day -6: 6 days since.
		assertThat(page).containsPattern("Days without a flare-up</dt>\\s*<dd class=\"mb-0\">\\s*<span[^>]*>6</span>");
		assertThat(page).contains("12 seconds", "measured on " + SHORT_DAY.format(this.today.minusDays(4)));
		assertThat(page).doesNotContain("the muscles cramped or shook");
		assertThat(page).contains("href=\"/my/program\"");
	}

	@Test
	void thePhysioReadsTheTimelineNewestFirstAndTheFlareUpHistory() throws Exception {
		trackedPatient();

		String page = page("/patients/" + this.signedIn.patientId() + "/tracking", this.signedIn.physioSession());

		assertThat(page).contains("4.0 of 10", "1.8 of 3", "12 seconds");
		assertThat(page).contains("1 flare-up; triggers named:", "Lifting (1)", "3 days", "8 of 10", "Below the knee",
				", sharp or shooting", "Numbness in the saddle area", "Lying with the knees up");
		int today = page.indexOf("Pain 4 in the morning, 2 in the evening.");
		int sessionTwo = page.indexOf("Session two");
		int sessionOne = page.indexOf("Session one");
		int assessment = page.indexOf("pain 5 of 10");
		int flareUp = page.indexOf("Worst pain 8 of 10; trigger: Lifting;");
		int assigned = page.indexOf("Program assigned in Stage 1");
		assertThat(today).isPositive();
		assertThat(today).isLessThan(sessionTwo);
		assertThat(sessionTwo).isLessThan(sessionOne);
		assertThat(sessionOne).isLessThan(assessment);
		assertThat(assessment).isLessThan(flareUp);
		assertThat(flareUp).isLessThan(assigned);
		assertThat(page).contains("Exercises: 1 done, 1 partly, 0 skipped.",
				"Pain 5 in the morning; no evening rating.");
		assertThat(page).contains("href=\"/patients/" + this.signedIn.patientId() + "\"");
	}

	@Test
	void theTimelineIsPagedAndAnOutOfRangePageShowsTheNearestOne() throws Exception {
		TrackedRows rows = rows(this.signedIn.patientId());
		for (int day = 0; day < 30; day++) {
			rows.checkIn(this.today.minusDays(day), day % 11, null);
		}
		String path = "/patients/" + this.signedIn.patientId() + "/tracking";

		String first = page(path, this.signedIn.physioSession());
		String second = page(path + "?page=1", this.signedIn.physioSession());
		String beyond = page(path + "?page=99999999", this.signedIn.physioSession());
		String negative = page(path + "?page=-4", this.signedIn.physioSession());

		assertThat(count(first, "class=\"list-group-item timeline-check_in\"")).isEqualTo(25);
		assertThat(first).contains("Page 1 of 2");
		assertThat(count(second, "class=\"list-group-item timeline-check_in\"")).isEqualTo(5);
		assertThat(second).contains("Page 2 of 2");
		assertThat(beyond).contains("Page 2 of 2");
		assertThat(negative).contains("Page 1 of 2");
		assertThat(this.mvc.perform(get(path + "?page=abc").cookie(this.signedIn.physioSession()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aPatientSeesOnlyTheirOwnEntriesAndWithoutAnyTheFiguresSaySo() throws Exception {
		Account neighbour = this.accounts.patient(this.signedIn.clinic());
		rows(neighbour.patientId()).checkIn(this.today, 9, 9);
		SignedIn other = this.signedIn.otherClinic();
		new TrackedRows(this.jdbc, other.clinic(), other.patientId(), other.physio()).checkIn(this.today, 8, 8);

		String page = page("/my/progress", this.signedIn.patientSession());

		assertThat(page).contains("No check-in in the last 7 days", "No program yet", "Counted once a program starts",
				"Not measured yet");
		assertThat(page).doesNotContain("9.0 of 10", "8.0 of 10");
		String neighbours = page("/my/progress", SignIn.as(this.mvc, neighbour));
		assertThat(neighbours).contains("9.0 of 10");
	}

	@Test
	void everyReadIsAuditedWithThePatient() throws Exception {
		trackedPatient();

		page("/my/progress", this.signedIn.patientSession());
		page("/patients/" + this.signedIn.patientId() + "/tracking", this.signedIn.physioSession());

		assertThat(audited(this.signedIn.patient(), "own progress")).isOne();
		assertThat(audited(this.signedIn.physio(), "tracking page 1")).isOne();
	}

	@Test
	void theAdvisorOnTheProgramPageListsTheEntriesEachCriterionRestsOn() throws Exception {
		trackedPatient();

		String page = page("/patients/" + this.signedIn.patientId() + "/program", this.signedIn.physioSession());

		// The 7-day average rests on the check-ins of today ((4 + 2) / 2 = 3) and day -3
		// (5); adherence on the sessions since the stage began on day -9; the days
		// without a flare-up on the one that began on day -8 and ended on day -6.
		assertThat(page).contains("Check-in of " + SHORT_DAY.format(this.today) + ": pain 3 (7-day average)",
				"Check-in of " + SHORT_DAY.format(this.today.minusDays(3)) + ": pain 5 (7-day average)",
				"Session of " + SHORT_DAY.format(this.today.minusDays(1)) + ": 75 % done",
				"Session of " + SHORT_DAY.format(this.today.minusDays(5)) + ": 100 % done",
				"Flare-up that began " + SHORT_DAY.format(this.today.minusDays(8)) + ": 6 days without one since",
				"href=\"/patients/" + this.signedIn.patientId() + "/tracking\"");
		assertThat(audited(this.signedIn.physio(), "advisor evidence")).isOne();
	}

	@Test
	void theTodayPageAndThePatientPageLinkToTheProgressPages() throws Exception {
		trackedPatient();

		assertThat(page("/my/program", this.signedIn.patientSession())).contains("href=\"/my/progress\"");
		assertThat(page("/patients/" + this.signedIn.patientId(), this.signedIn.physioSession()))
			.contains("href=\"/patients/" + this.signedIn.patientId() + "/tracking\"");
	}

	private TrackedRows rows(PatientId patient) {
		return new TrackedRows(this.jdbc, this.signedIn.clinic(), patient, this.signedIn.physio());
	}

	private String page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private int audited(Account actor, String detail) {
		return this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE action = 'PATIENT_VIEWED' AND target_type = 'progress' "
					+ "AND target_id = :patient AND patient_id = :patientId AND actor_id = :actor AND detail = :detail")
			.param("patient", this.signedIn.patientId().toString())
			.param("patientId", this.signedIn.patientId().value())
			.param("actor", actor.id().value())
			.param("detail", detail)
			.query(Integer.class)
			.single();
	}

	private static int count(String page, String text) {
		int count = 0;
		for (int at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + 1)) {
			count++;
		}
		return count;
	}

}
