package org.fourstage.web.tracking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@WebTest
class CheckInPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	Clinic clinic;

	Account patient;

	Cookie session;

	@BeforeEach
	void patient() throws Exception {
		this.clinic = this.accounts.clinic();
		this.patient = this.accounts.patient(this.clinic);
		this.session = SignIn.as(this.mvc, this.patient);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void thePatientSavesTodaysCheckInAndFindsItToChange() throws Exception {
		MockHttpServletResponse saved = send(checkIn(UUID.randomUUID(), today()));

		assertThat(saved.getRedirectedUrl()).isEqualTo("/my/check-in");
		String page = this.mvc.perform(get("/my/check-in").cookie(this.session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"check-in-day\"").contains("value=\"6\"").contains("value=\"45\"");
		assertThat(rows()).isEqualTo(1);
		assertThat(audited("CHECK_IN_RECORDED")).isEqualTo(1);
	}

	@Test
	void theSameFormSentTwiceMakesOneCheckIn() throws Exception {
		UUID key = UUID.randomUUID();

		MockHttpServletResponse first = send(checkIn(key, today()));
		MockHttpServletResponse second = send(post("/my/check-in").param("idempotencyKey", key.toString())
			.param("day", today().toString())
			.param("morningPain", "2")
			.param("morningStiffnessMinutes", "5")
			.param("sleepQuality", "9")
			.param("sittingToleranceMinutes", "120"));

		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
		assertThat(rows()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT morning_pain FROM check_ins WHERE patient_id = :p")
			.param("p", this.patient.patientId().value())
			.query(Integer.class)
			.single()).isEqualTo(6);
	}

	@Test
	void aSecondFormForTheSameDayIsRefusedWithAConflictAndTheWayToTheFirst() throws Exception {
		send(checkIn(UUID.randomUUID(), today()));
		UUID first = this.jdbc.sql("SELECT id FROM check_ins WHERE patient_id = :p")
			.param("p", this.patient.patientId().value())
			.query(UUID.class)
			.single();

		MockHttpServletResponse again = send(checkIn(UUID.randomUUID(), today()));

		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString()).contains("There is already a check-in for this day")
			.contains("/my/check-ins/" + first + "/edit");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void aPatientDatesACheckInTwoDaysBackButNotThreeNorTomorrow() throws Exception {
		assertThat(send(checkIn(UUID.randomUUID(), today().minusDays(2))).getStatus()).isEqualTo(302);

		MockHttpServletResponse tooOld = send(checkIn(UUID.randomUUID(), today().minusDays(3)));
		MockHttpServletResponse tomorrow = send(checkIn(UUID.randomUUID(), today().plusDays(1)));

		assertThat(tooOld.getContentAsString()).contains("id=\"day-error\"")
			.contains("You can enter things from the last 48 hours only");
		assertThat(tomorrow.getContentAsString()).contains("This date is in the future");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void valuesOutOfRangeAreNamedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		MockHttpServletResponse refused = send(
				post("/my/check-in").param("idempotencyKey", UUID.randomUUID().toString())
					.param("day", today().toString())
					.param("morningPain", "11")
					.param("morningStiffnessMinutes", "601")
					.param("sleepQuality", "-1")
					.param("sittingToleranceMinutes", "lots"));

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("id=\"morningPain-error\"")
			.contains("Enter minutes from 0 to 600")
			.contains("id=\"sleepQuality-error\"")
			.contains("id=\"sittingToleranceMinutes-error\"");
		assertThat(rows()).isZero();
	}

	@Test
	void aCheckInCanBeCorrectedUntilFortyEightHoursAfterItWasMade() throws Exception {
		send(checkIn(UUID.randomUUID(), today()));
		UUID id = this.jdbc.sql("SELECT id FROM check_ins WHERE patient_id = :p")
			.param("p", this.patient.patientId().value())
			.query(UUID.class)
			.single();

		this.clock.advance(Duration.ofHours(48).minusMinutes(1));
		this.session = SignIn.as(this.mvc, this.patient);
		assertThat(send(correction(id, "3")).getRedirectedUrl()).isEqualTo("/my/check-ins/" + id + "/edit");
		assertThat(morningPain()).isEqualTo(3);

		this.clock.advance(Duration.ofMinutes(2));
		MockHttpServletResponse locked = send(correction(id, "1"));
		assertThat(locked.getRedirectedUrl()).isEqualTo("/my/check-ins/" + id + "/edit");
		assertThat(morningPain()).isEqualTo(3);
		String page = this.mvc.perform(get("/my/check-ins/" + id + "/edit").cookie(this.session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"read-only\"").contains("disabled");
	}

	@Test
	void anotherPatientsCheckInIsNotFound() throws Exception {
		Account other = this.accounts.patient(this.clinic);
		send(checkIn(UUID.randomUUID(), today()));
		UUID mine = this.jdbc.sql("SELECT id FROM check_ins WHERE patient_id = :p")
			.param("p", this.patient.patientId().value())
			.query(UUID.class)
			.single();
		Cookie theirs = SignIn.as(this.mvc, other);

		assertThat(this.mvc.perform(get("/my/check-ins/" + mine + "/edit").cookie(theirs))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc
			.perform(post("/my/check-ins/" + mine).cookie(theirs)
				.with(csrf())
				.param("morningPain", "0")
				.param("morningStiffnessMinutes", "0")
				.param("sleepQuality", "0")
				.param("sittingToleranceMinutes", "0"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(morningPain()).isEqualTo(6);
	}

	private MockHttpServletRequestBuilder checkIn(UUID key, LocalDate day) {
		return post("/my/check-in").param("idempotencyKey", key.toString())
			.param("day", day.toString())
			.param("morningPain", "6")
			.param("morningStiffnessMinutes", "45")
			.param("sleepQuality", "4")
			.param("sittingToleranceMinutes", "30");
	}

	private MockHttpServletRequestBuilder correction(UUID id, String morningPain) {
		return post("/my/check-ins/" + id).param("morningPain", morningPain)
			.param("eveningPain", "2")
			.param("morningStiffnessMinutes", "45")
			.param("sleepQuality", "4")
			.param("sittingToleranceMinutes", "30");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(this.session).with(csrf())).andReturn().getResponse();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private int rows() {
		return this.jdbc.sql("SELECT count(*) FROM check_ins WHERE patient_id = :p")
			.param("p", this.patient.patientId().value())
			.query(Integer.class)
			.single();
	}

	private int morningPain() {
		return this.jdbc.sql("SELECT morning_pain FROM check_ins WHERE patient_id = :p")
			.param("p", this.patient.patientId().value())
			.query(Integer.class)
			.single();
	}

	private int audited(String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE patient_id = :p AND action = :a")
			.param("p", this.patient.patientId().value())
			.param("a", action)
			.query(Integer.class)
			.single();
	}

}
