package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.MutableClock;
import org.fourstage.web.testing.SignIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
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
class FlareUpPagesIT {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

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

	@Test
	void savingAFlareUpShowsTheStageOneFlarePlanAtOnce() throws Exception {
		MockHttpServletResponse saved = send(flareUp(UUID.randomUUID(), today()));
		String page = show(saved.getRedirectedUrl());

		assertThat(saved.getRedirectedUrl()).matches("/my/flare-ups/[0-9a-f-]{36}");
		assertThat(page).contains("id=\"unload-heading\"").contains("id=\"seek-help\"");
		assertThat(page).doesNotContain("id=\"urgent-contact\"").doesNotContain("id=\"nerve-advice\"");
		assertThat(audited("FLARE_UP_RECORDED")).isEqualTo(1);
		assertThat(audited("FLARE_UP_VIEWED")).isEqualTo(1);
	}

	@Test
	void aRedFlagSignBringsThePlainUrgentMessageAndShootingLegPainTheNerveAdvice() throws Exception {
		String page = show(send(post("/my/flare-ups").param("idempotencyKey", UUID.randomUUID().toString())
			.param("startedOn", today().toString())
			.param("peakPain", "8")
			.param("trigger", "LIFTING")
			.param("legSymptoms", "BELOW_THE_KNEE")
			.param("sharpOrShooting", "true")
			.param("redFlagSigns", "SADDLE_NUMBNESS", "BLADDER_OR_BOWEL_CHANGE")).getRedirectedUrl());

		assertThat(page).contains("id=\"urgent-contact\"")
			.contains("Contact your clinic or emergency services now")
			.contains("Numbness between the legs")
			.contains("id=\"nerve-advice\"");
	}

	@Test
	void theSameFormSentTwiceMakesOneFlareUpAndShowsIt() throws Exception {
		UUID key = UUID.randomUUID();

		MockHttpServletResponse first = send(flareUp(key, today()));
		MockHttpServletResponse second = send(post("/my/flare-ups").param("idempotencyKey", key.toString())
			.param("startedOn", today().toString())
			.param("peakPain", "3")
			.param("trigger", "STRESS")
			.param("legSymptoms", "NONE"));

		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void aStartExactlyFortyEightHoursBackIsAcceptedAndAMinuteMoreIsNot() throws Exception {
		// Not across a minute boundary: the typed time is to the minute.
		while (LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).getSecond() > 55) {
			Thread.sleep(1000);
		}
		LocalDateTime back = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).minusHours(48);

		MockHttpServletResponse tooOld = send(flareUp(UUID.randomUUID(), back.toLocalDate()).param("startedAt",
				back.minusMinutes(1).format(MINUTES)));
		MockHttpServletResponse exactly = send(
				flareUp(UUID.randomUUID(), back.toLocalDate()).param("startedAt", back.format(MINUTES)));

		assertThat(tooOld.getContentAsString()).contains("id=\"startedOn-error\"");
		assertThat(exactly.getRedirectedUrl()).startsWith("/my/flare-ups/");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void refusesAFutureStartMissingChoicesAndMarkupWithoutSavingAnything() throws Exception {
		MockHttpServletResponse refused = send(
				post("/my/flare-ups").param("idempotencyKey", UUID.randomUUID().toString())
					.param("startedOn", today().plusDays(1).toString())
					.param("peakPain", "12")
					.param("whatHelped", "<b>rest</b>"));

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("This date is in the future")
			.contains("id=\"peakPain-error\"")
			.contains("id=\"trigger-error\"")
			.contains("id=\"legSymptoms-error\"")
			.contains("id=\"whatHelped-error\"");
		assertThat(rows()).isZero();
	}

	@Test
	void theEndIsRecordedButNeverBeforeTheStartNorInTheFuture() throws Exception {
		String location = send(flareUp(UUID.randomUUID(), today().minusDays(1))).getRedirectedUrl();

		MockHttpServletResponse beforeStart = send(
				post(location + "/end").param("endedOn", today().minusDays(2).toString()));
		MockHttpServletResponse future = send(post(location + "/end").param("endedOn", today().plusDays(1).toString()));
		assertThat(beforeStart.getContentAsString()).contains("id=\"endedOn-error\"")
			.contains("cannot have settled before it started");
		assertThat(future.getContentAsString()).contains("This date is in the future");

		assertThat(send(post(location + "/end").param("endedOn", today().toString())).getRedirectedUrl())
			.isEqualTo(location);
		assertThat(this.jdbc.sql("SELECT ended_on FROM flare_ups WHERE patient_id = :p")
			.param("p", this.patient.patientId().value())
			.query(LocalDate.class)
			.single()).isEqualTo(today());
		assertThat(show(location)).doesNotContain("id=\"end-form\"");
	}

	@Test
	void anotherPatientsFlareUpIsNotFoundAndCannotBeEnded() throws Exception {
		String location = send(flareUp(UUID.randomUUID(), today())).getRedirectedUrl();
		Cookie other = SignIn.as(this.mvc, this.accounts.patient(this.clinic));

		assertThat(this.mvc.perform(get(location).cookie(other)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc
			.perform(post(location + "/end").cookie(other).with(csrf()).param("endedOn", today().toString()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.jdbc.sql("SELECT count(*) FROM flare_ups WHERE patient_id = :p AND ended_on IS NULL")
			.param("p", this.patient.patientId().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private MockHttpServletRequestBuilder flareUp(UUID key, LocalDate startedOn) {
		return post("/my/flare-ups").param("idempotencyKey", key.toString())
			.param("startedOn", startedOn.toString())
			.param("peakPain", "7")
			.param("trigger", "BENDING")
			.param("legSymptoms", "BUTTOCK");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(this.session).with(csrf())).andReturn().getResponse();
	}

	private String show(String location) throws Exception {
		return this.mvc.perform(get(location).cookie(this.session)).andReturn().getResponse().getContentAsString();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private int rows() {
		return this.jdbc.sql("SELECT count(*) FROM flare_ups WHERE patient_id = :p")
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
