package org.fourstage.web.settings;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.domain.tracking.MeasurementSchedules;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.WebTest;
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
class MeasurementScheduleSettingsIT {

	private static final String PAGE = "/admin/settings/measurement-schedule";

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	MeasurementSchedules schedules;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminSeesTheStandardScheduleSavesTheirOwnAndOnlyTheirClinicChanges() throws Exception {
		Clinic clinic = this.signedIn.clinic();
		Clinic other = this.signedIn.otherClinic().clinic();
		Cookie session = this.signedIn.adminSession();
		String first = page(session);
		assertThat(first).contains("value=\"0, 6, 12\"")
			.contains("<option value=\"2\" selected=\"selected\">Every 2 weeks</option>")
			.contains("keeps the schedule that applied on the day it was assigned")
			.contains("href=\"/admin/settings/progression\"");

		MockHttpServletResponse saved = this.mvc
			.perform(form("painViaCheckIns", "false", "patientSpecificScaleEveryWeeks", "4", "disabilityIndexWeeks",
					"0, 4,8 12", "startBackWeeks", "")
				.cookie(session))
			.andReturn()
			.getResponse();

		assertThat(saved.getRedirectedUrl()).isEqualTo(PAGE);
		assertThat(this.schedules.defaultFor(clinic.id())).isEqualTo(
				new MeasurementSchedule(false, 4, MeasurementSchedule.weeks(0, 4, 8, 12), MeasurementSchedule.weeks()));
		assertThat(this.schedules.defaultFor(other.id())).isEqualTo(MeasurementSchedule.DEFAULTS);
		assertThat(this.jdbc
			.sql("SELECT detail FROM audit_events WHERE action = 'MEASUREMENT_SCHEDULE_UPDATED' AND actor_id = :admin")
			.param("admin", this.signedIn.admin().id().value())
			.query(String.class)
			.list()).containsExactly(
					"pain via check-ins no; scale every 4 weeks; disability index weeks 0, 4, 8, 12; STarT Back weeks ");
		assertThat(page(session)).contains("value=\"0, 4, 8, 12\"")
			.contains("<option value=\"4\" selected=\"selected\">Every 4 weeks</option>")
			.containsPattern("value=\"false\"[^>]*checked=\"checked\"");
	}

	@Test
	void eachBadFieldIsMarkedNextToItselfAndNothingIsSaved() throws Exception {
		Clinic clinic = this.signedIn.clinic();
		Cookie session = this.signedIn.adminSession();

		String outOfRange = refused(session, "patientSpecificScaleEveryWeeks", "13", "disabilityIndexWeeks", "0, 53",
				"startBackWeeks", "0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12");
		String unordered = refused(session, "disabilityIndexWeeks", "6, 0", "startBackWeeks", "0, 6, 6");
		String malformed = refused(session, "disabilityIndexWeeks", "week 6", "startBackWeeks",
				"<script>alert(1)</script>", "painViaCheckIns", "perhaps");
		String huge = refused(session, "disabilityIndexWeeks", "99999999999999999999", "startBackWeeks",
				"1,".repeat(50_000), "patientSpecificScaleEveryWeeks", "99999999999999999999");
		String nul = refused(session, "disabilityIndexWeeks", "0\u0000, 6", "startBackWeeks", "-1");
		String empty = this.mvc.perform(post(PAGE).with(csrf()).cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(outOfRange).contains("id=\"patientSpecificScaleEveryWeeks-error\"")
			.contains("Choose an interval from the list.")
			.contains("id=\"disabilityIndexWeeks-error\"")
			.contains("Use weeks from 0 to 52.")
			.contains("id=\"startBackWeeks-error\"")
			.contains("Give at most 12 weeks.");
		assertThat(unordered).contains("id=\"disabilityIndexWeeks-error\"")
			.contains("id=\"startBackWeeks-error\"")
			.contains("List each week once, from the earliest to the latest.");
		assertThat(malformed).contains("id=\"disabilityIndexWeeks-error\"")
			.contains("id=\"painViaCheckIns-error\"")
			.contains("This value could not be read.")
			.doesNotContain("<script>");
		assertThat(huge).contains("id=\"patientSpecificScaleEveryWeeks-error\"");
		assertThat(nul).contains("id=\"disabilityIndexWeeks-error\"")
			.contains("This holds a character that cannot be saved");
		assertThat(empty).contains("id=\"painViaCheckIns-error\"")
			.contains("id=\"patientSpecificScaleEveryWeeks-error\"")
			.contains("Please fill this in.");
		assertThat(this.schedules.defaultFor(clinic.id())).isEqualTo(MeasurementSchedule.DEFAULTS);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_events WHERE action = 'MEASUREMENT_SCHEDULE_UPDATED'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void weeksTypedInBoundsButWrongElsewhereAreShownAgainWithEveryMessage() throws Exception {
		Cookie session = this.signedIn.adminSession();

		String page = refused(session, "disabilityIndexWeeks", "0, 60", "startBackWeeks", "six");

		assertThat(page).contains("value=\"0, 60\"")
			.contains("value=\"six\"")
			.contains("Use weeks from 0 to 52.")
			.contains("Write week numbers separated by commas, such as 0, 6, 12.");
	}

	@Test
	void physiosPatientsAndAnonymousVisitorsCannotReadOrChangeIt() throws Exception {
		Clinic clinic = this.signedIn.clinic();
		for (Cookie session : new Cookie[] { this.signedIn.physioSession(), this.signedIn.patientSession() }) {
			assertThat(this.mvc.perform(get(PAGE).cookie(session)).andReturn().getResponse().getStatus())
				.isEqualTo(403);
			assertThat(this.mvc.perform(form("patientSpecificScaleEveryWeeks", "6").cookie(session))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(403);
		}
		assertThat(this.mvc.perform(get(PAGE)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(this.mvc.perform(form("patientSpecificScaleEveryWeeks", "6")).andReturn().getResponse().getStatus())
			.isIn(302, 403);
		assertThat(this.schedules.defaultFor(clinic.id())).isEqualTo(MeasurementSchedule.DEFAULTS);
	}

	private String page(Cookie session) throws Exception {
		return this.mvc.perform(get(PAGE).cookie(session)).andReturn().getResponse().getContentAsString();
	}

	private String refused(Cookie session, String... overrides) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(form(overrides).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	/**
	 * The standard schedule, with some fields typed differently.
	 * @param overrides field and value pairs
	 */
	private static MockHttpServletRequestBuilder form(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("painViaCheckIns", "true");
		fields.put("patientSpecificScaleEveryWeeks", "2");
		fields.put("disabilityIndexWeeks", "0, 6, 12");
		fields.put("startBackWeeks", "0, 6, 12");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(PAGE).with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
