package org.fourstage.web.settings;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.progression.ProgressionSettings;
import org.fourstage.domain.progression.ProgressionThresholds;
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
class ProgressionSettingsIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	ProgressionSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminSeesTheDefaultsFirstAndSavedThresholdsApplyToTheirClinicOnly() throws Exception {
		Clinic clinic = this.signedIn.clinic();
		Clinic other = this.signedIn.otherClinic().clinic();
		Account admin = this.signedIn.admin();
		Cookie session = this.signedIn.adminSession();
		String page = this.mvc.perform(get("/admin/settings/progression").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"60\"").contains("Standard value: 60");

		MockHttpServletResponse saved = this.mvc
			.perform(valid("stageOnePainDrop", "2.5", "stageThreeEnduranceHoldSeconds", "20").cookie(session))
			.andReturn()
			.getResponse();

		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/settings/progression");
		ProgressionThresholds now = this.settings.thresholdsFor(clinic.id());
		assertThat(now.stageOnePainDrop()).isEqualTo(2.5);
		assertThat(now.stageThreeEnduranceHoldSeconds()).isEqualTo(20);
		assertThat(this.settings.thresholdsFor(other.id())).isEqualTo(ProgressionThresholds.DEFAULTS);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE action = 'PROGRESSION_THRESHOLDS_UPDATED' "
					+ "AND actor_id = :admin")
			.param("admin", admin.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.mvc.perform(get("/admin/settings/progression").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("value=\"2.5\"");
	}

	@Test
	void valuesTheDomainRefusesAreMarkedNextToTheirFieldsAndNothingIsSaved() throws Exception {
		Clinic clinic = this.signedIn.clinic();
		Cookie session = this.signedIn.adminSession();

		String page = this.mvc
			.perform(valid("stageOnePainDrop", "0.2", "stageTwoPainCeiling", "11", "stageOneFlareFreeDays", "91",
					"stageThreeAdherencePercent", "101", "stageThreeEnduranceHoldSeconds", "601")
				.cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"stageOnePainDrop-error\"")
			.contains("Enter a change from 0.5 to 10 points.")
			.contains("id=\"stageTwoPainCeiling-error\"")
			.contains("Enter a pain level from 0 to 10.")
			.contains("id=\"stageOneFlareFreeDays-error\"")
			.contains("id=\"stageThreeAdherencePercent-error\"")
			.contains("id=\"stageThreeEnduranceHoldSeconds-error\"");
		assertThat(this.settings.thresholdsFor(clinic.id())).isEqualTo(ProgressionThresholds.DEFAULTS);
	}

	@Test
	void emptyHugeAndNonNumericValuesAreRefused() throws Exception {
		Clinic clinic = this.signedIn.clinic();
		Cookie session = this.signedIn.adminSession();

		String unreadable = this.mvc
			.perform(
					valid("stageOnePainDrop", "<script>", "stageOneAdherencePercent", "99999999999999").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String tooPrecise = this.mvc.perform(valid("stageOnePainCeiling", "2.25").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String empty = this.mvc.perform(post("/admin/settings/progression").with(csrf()).cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(unreadable).contains("id=\"stageOnePainDrop-error\"")
			.contains("id=\"stageOneAdherencePercent-error\"")
			.contains("This value could not be read.")
			.doesNotContain("<script>");
		assertThat(tooPrecise).contains("id=\"stageOnePainCeiling-error\"")
			.contains("Use a number with at most one decimal");
		assertThat(empty).contains("id=\"flareSpikePoints-error\"").contains("Please fill this in.");
		assertThat(this.settings.thresholdsFor(clinic.id())).isEqualTo(ProgressionThresholds.DEFAULTS);
	}

	/**
	 * The standard thresholds, with some fields typed differently.
	 * @param overrides field and value pairs
	 */
	private static MockHttpServletRequestBuilder valid(String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("stageOnePainDrop", "2");
		fields.put("stageOnePainCeiling", "4");
		fields.put("stageOneFlareFreeDays", "7");
		fields.put("stageOneAdherencePercent", "60");
		fields.put("stageTwoPainCeiling", "4");
		fields.put("stageTwoAdherencePercent", "60");
		fields.put("stageThreeEnduranceHoldSeconds", "15");
		fields.put("stageThreePainCeiling", "3");
		fields.put("stageThreeFlareFreeDays", "14");
		fields.put("stageThreeAdherencePercent", "70");
		fields.put("flareSpikePoints", "3");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/settings/progression").with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
