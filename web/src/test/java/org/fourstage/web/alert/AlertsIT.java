package org.fourstage.web.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.alert.Alert;
import org.fourstage.domain.tracking.AlertKind;
import org.fourstage.domain.alert.Alerts;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.WebTest;
import org.fourstage.web.tracking.CheckInRecording;
import org.fourstage.web.tracking.FlareUpRecording;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Alerts raised by real entries through the entry use cases, listed on the dashboard and
 * the patient's page, and answered by a physio.
 */
@WebTest
class AlertsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	FlareUpRecording flareUps;

	@Autowired
	CheckInRecording checkIns;

	@Autowired
	Alerts alerts;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	SignedIn signedIn;

	@Test
	void aFlareUpWithShootingLegPainRaisesOneNerveSignAlertEvenWhenItsFormIsSentTwice() {
		UUID key = UUID.randomUUID();
		FlareUpRecording.Values values = shootingLegPain(today(), Set.of());

		this.flareUps.record(patientActor(), patient(), key, values);
		this.flareUps.record(patientActor(), patient(), key, values);

		List<Alert> open = this.alerts.openFor(clinic(), patient());
		assertThat(open).extracting(Alert::kind).containsExactly(AlertKind.FLARE_UP_NEW_NERVE_SIGNS);
		assertThat(auditCount("ALERT_RAISED")).isEqualTo(1);
	}

	@Test
	void redFlagSignsComeFirstAndTheSameNerveSignsWithALaterFlareUpAreNotNewsAgain() {
		this.flareUps.record(patientActor(), patient(), UUID.randomUUID(),
				shootingLegPain(today().minusDays(1), Set.of()));
		this.flareUps.record(patientActor(), patient(), UUID.randomUUID(),
				shootingLegPain(today(), Set.of(RedFlagSign.BLADDER_OR_BOWEL_CHANGE)));

		assertThat(this.alerts.openFor(clinic(), patient())).extracting(Alert::kind)
			.containsExactly(AlertKind.FLARE_UP_RED_FLAG_SIGN, AlertKind.FLARE_UP_NEW_NERVE_SIGNS);
	}

	@Test
	void aCheckInIsASpikeAgainstTheAverageOfTheDaysThatHaveACheckIn() {
		// D = yesterday. Check-ins on D-6: 2, D-4: 4, D-2: 3; the other days have none.
		// The 7 days before D average (2 + 4 + 3) / 3 = 3.0.
		LocalDate d = today().minusDays(1);
		checkIn(d.minusDays(6), 2, null);
		checkIn(d.minusDays(4), 4, null);
		checkIn(d.minusDays(2), 3, null);
		assertThat(this.alerts.openFor(clinic(), patient())).isEmpty();

		// On D: morning 5, evening 6; the higher rating 6 is exactly 3.0 above: a spike.
		checkIn(d, 5, 6);
		assertThat(this.alerts.openFor(clinic(), patient())).extracting(Alert::kind)
			.containsExactly(AlertKind.PAIN_SPIKE);
		assertThat(this.alerts.openFor(clinic(), patient()).get(0).source().day()).isEqualTo(d);

		// Today: D counts as (5 + 6) / 2 = 5.5, so the 7 days before average
		// (2 + 4 + 3 + 5.5) / 4 = 3.625; a morning 6 is 2.375 above: no spike.
		checkIn(today(), 6, null);
		assertThat(this.alerts.openFor(clinic(), patient())).hasSize(1);
	}

	@Test
	void theDashboardIsThePhysiosStartAndListsTheAlertWithALinkToThePatient() throws Exception {
		this.flareUps.record(patientActor(), patient(), UUID.randomUUID(),
				shootingLegPain(today(), Set.of(RedFlagSign.SADDLE_NUMBNESS)));

		assertThat(this.mvc.perform(get("/").cookie(this.signedIn.physioSession()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/dashboard");
		String page = this.mvc.perform(get("/dashboard").cookie(this.signedIn.physioSession()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Urgent alerts (2)", "Red-flag signs", "New nerve signs",
				"/patients/" + patient().value());
		assertThat(page.indexOf("Red-flag signs")).isLessThan(page.indexOf("New nerve signs"));
		assertThat(auditCount("DASHBOARD_VIEWED")).isEqualTo(1);
		String patientPage = this.mvc
			.perform(get("/patients/" + patient().value()).cookie(this.signedIn.physioSession()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(patientPage).contains("Open alerts", "Red-flag signs");
	}

	@Test
	void answeringRegressMovesTheProgramToStageOneWithAReasonAndTheAlertLeavesTheDashboard() throws Exception {
		this.programs.assign(clinic(), patient(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.STRENGTHEN_AND_COORDINATE, "Start", this.signedIn.physio().id(), Instant.now());
		this.flareUps.record(patientActor(), patient(), UUID.randomUUID(), shootingLegPain(today(), Set.of()));
		Alert alert = this.alerts.openFor(clinic(), patient()).get(0);

		MockHttpServletResponse answer = this.mvc
			.perform(post("/alerts/" + alert.id() + "/acknowledge").with(csrf())
				.cookie(this.signedIn.physioSession())
				.param("action", "REGRESSED_TO_STAGE_1")
				.param("reason", ""))
			.andReturn()
			.getResponse();

		assertThat(answer.getRedirectedUrl()).isEqualTo("/dashboard");
		assertThat(this.programs.forPatient(clinic(), patient()).orElseThrow().currentStage())
			.isEqualTo(Stage.CALM_AND_UNLOAD);
		assertThat(this.jdbc.sql("SELECT reason FROM stage_moves ORDER BY moved_at DESC LIMIT 1")
			.query(String.class)
			.single()).isEqualTo("Back to Stage 1 after an urgent alert: New nerve signs (" + today() + ")");
		assertThat(this.alerts.find(clinic(), alert.id()).orElseThrow().isOpen()).isFalse();
		assertThat(auditCount("ALERT_ACKNOWLEDGED")).isEqualTo(1);
		assertThat(auditCount("STAGE_MOVED")).isEqualTo(1);
		assertThat(this.mvc.perform(get("/dashboard").cookie(this.signedIn.physioSession()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("No open alerts.");
	}

	@Test
	void noActionWithoutAReasonIsRefusedNextToTheFieldAndNothingIsKept() throws Exception {
		this.flareUps.record(patientActor(), patient(), UUID.randomUUID(), shootingLegPain(today(), Set.of()));
		Alert alert = this.alerts.openFor(clinic(), patient()).get(0);

		MockHttpServletResponse refused = this.mvc
			.perform(post("/alerts/" + alert.id() + "/acknowledge").with(csrf())
				.cookie(this.signedIn.physioSession())
				.param("action", "NO_ACTION")
				.param("reason", "   "))
			.andReturn()
			.getResponse();
		MockHttpServletResponse unknownAction = this.mvc
			.perform(post("/alerts/" + alert.id() + "/acknowledge").with(csrf())
				.cookie(this.signedIn.physioSession())
				.param("action", "SHRUGGED"))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("id=\"reason-error\"", "Say why no action is needed.");
		assertThat(unknownAction.getStatus()).isEqualTo(200);
		assertThat(unknownAction.getContentAsString()).contains("id=\"action-error\"");
		assertThat(this.alerts.find(clinic(), alert.id()).orElseThrow().isOpen()).isTrue();
		assertThat(auditCount("ALERT_ACKNOWLEDGED")).isZero();
	}

	@Test
	void anotherClinicsPhysioGetsNotFoundAndTheAlertStaysOpen() throws Exception {
		this.flareUps.record(patientActor(), patient(), UUID.randomUUID(), shootingLegPain(today(), Set.of()));
		Alert alert = this.alerts.openFor(clinic(), patient()).get(0);

		assertThat(this.mvc
			.perform(post("/alerts/" + alert.id() + "/acknowledge").with(csrf())
				.cookie(this.signedIn.otherClinic().physioSession())
				.param("action", "REFERRED"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/alerts/" + alert.id()).cookie(this.signedIn.otherClinic().physioSession()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/dashboard").cookie(this.signedIn.otherClinic().physioSession()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("No open alerts.").doesNotContain(patient().value().toString());
		assertThat(this.alerts.find(clinic(), alert.id()).orElseThrow().isOpen()).isTrue();
	}

	private void checkIn(LocalDate day, int morning, Integer evening) {
		CheckInRecording.Outcome outcome = this.checkIns.record(physioActor(), patient(), UUID.randomUUID(),
				new CheckInRecording.Values(day, morning, evening, 15, 6, 60));
		assertThat(outcome).isInstanceOf(CheckInRecording.Recorded.class);
	}

	private static FlareUpRecording.Values shootingLegPain(LocalDate day, Set<RedFlagSign> signs) {
		return new FlareUpRecording.Values(day, null, null, 7, FlareTrigger.LIFTING, LegSymptoms.DOWN_THE_LEG, true,
				signs, "");
	}

	private long auditCount(String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE clinic_id = :clinic AND action = :action")
			.param("clinic", clinic().value())
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private ClinicId clinic() {
		return this.signedIn.clinic().id();
	}

	private PatientId patient() {
		return this.signedIn.patientId();
	}

	private Actor patientActor() {
		return actor(this.signedIn.patient());
	}

	private Actor physioActor() {
		return actor(this.signedIn.physio());
	}

	private static Actor actor(Account account) {
		return new TestActor(account.id(), account.clinicId(), account.email().value(), account.role());
	}

	private record TestActor(AccountId accountId, ClinicId clinicId, String email, Role role) implements Actor {
	}

}
