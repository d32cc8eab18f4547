package org.fourstage.web.assessment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.web.testing.BrokenUpload;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Questionnaires: the physio's entry from paper with scores worked out by hand, the
 * admin's import of licensed wording, and the patient's own answers.
 */
@WebTest
class InstrumentPagesIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private Clinic clinic;

	private Cookie physio;

	private String base;

	private UUID patient;

	@BeforeEach
	void anAssessment() throws Exception {
		this.clinic = this.signedIn.clinic();
		this.physio = this.signedIn.physioSession();
		this.patient = this.accounts.patientRecord(this.clinic);
		UUID assessment = this.accounts.urgentAssessment(this.clinic, this.patient);
		this.base = "/patients/" + this.patient + "/assessments/" + assessment + "/instruments/";
	}

	@Test
	void scoresTheDisabilityIndexOverTheAnsweredSections() throws Exception {
		// 2+2+2+2+2+2+2+2+2 = 18 of 9 x 5 = 45 answered points: 40 %, moderate.
		MockHttpServletRequestBuilder request = post(this.base + "disability-index").cookie(this.physio).with(csrf());
		for (String section : DisabilityIndex.SECTIONS) {
			request.param("item." + section, section.equals("sex-life") ? "" : "2");
		}

		assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);

		String html = page(this.base + "disability-index");
		assertThat(html).contains("40 %").contains("Moderate disability").contains("9 items answered");
		assertThat(this.jdbc.sql("SELECT entered_as FROM instrument_responses WHERE patient_id = :p")
			.param("p", this.patient)
			.query(String.class)
			.single()).isEqualTo("PHYSIO_FROM_PAPER");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE action = 'INSTRUMENT_RESPONSE_RECORDED' "
					+ "AND patient_id = :p")
			.param("p", this.patient)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE action = 'INSTRUMENT_RESPONSE_VIEWED' "
					+ "AND patient_id = :p")
			.param("p", this.patient)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void saysTheAnswersWereSavedWithoutAScoreWhenTooFewSectionsWereAnswered() throws Exception {
		MockHttpServletRequestBuilder request = post(this.base + "disability-index").cookie(this.physio).with(csrf());
		for (int i = 0; i < DisabilityIndex.SECTIONS.size(); i++) {
			request.param("item." + DisabilityIndex.SECTIONS.get(i), (i < 7) ? "2" : "");
		}

		MvcResult saved = this.mvc.perform(request).andReturn();

		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		String html = pageAfter(saved);
		assertThat(html)
			.contains("Answers saved without a score: 7 of 10 items were answered, and a score needs at least 8.")
			.doesNotContain("Answers saved and scored.");
		assertThat(responses()).isOne();
	}

	@Test
	void saysTheAnswersWereScoredWhenTheyWere() throws Exception {
		MockHttpServletRequestBuilder request = post(this.base + "disability-index").cookie(this.physio).with(csrf());
		for (String section : DisabilityIndex.SECTIONS) {
			request.param("item." + section, "1");
		}

		assertThat(pageAfter(this.mvc.perform(request).andReturn())).contains("Answers saved and scored.")
			.doesNotContain("without a score");
	}

	@Test
	void saysTheStartBackAnswersWereSavedWithoutAScoreWhenAnItemWasSkipped() throws Exception {
		MockHttpServletRequestBuilder request = post(this.base + "start-back").cookie(this.physio).with(csrf());
		request.param("item.leg-pain", "1");

		assertThat(pageAfter(this.mvc.perform(request).andReturn()))
			.contains("Answers saved without a score: 1 of 9 items were answered, and a score needs at least 9.");
	}

	@Test
	void offersThePlainResponseWordsOfTheStartBackBothersomenessItem() throws Exception {
		String html = page(this.base + "start-back");

		assertThat(html).contains(">Not at all<")
			.contains(">Slightly<")
			.contains(">Moderately<")
			.contains(">Very much<")
			.contains(">Extremely<")
			.doesNotContain("Level 1")
			.doesNotContain("(most)");
	}

	@Test
	void refusesAnItemValueTheFormDoesNotOfferNextToThatItem() throws Exception {
		MockHttpServletResponse refused = this.mvc
			.perform(post(this.base + "disability-index").param("item.lifting", "6")
				.param("item.walking", "<script>alert(1)</script>")
				.cookie(this.physio)
				.with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString()).contains("id=\"error-walking\"")
			.contains("The answers were not saved")
			.doesNotContain("<script>alert");
		assertThat(responses()).isZero();

		MockHttpServletResponse outOfRange = this.mvc
			.perform(post(this.base + "disability-index").param("item.lifting", "6").cookie(this.physio).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(outOfRange.getContentAsString()).contains("id=\"error-lifting\"");
		assertThat(responses()).isZero();
	}

	@Test
	void thePatientSpecificScaleNeedsThreeNamedActivitiesAndShowsTheirMean() throws Exception {
		MockHttpServletResponse tooFew = this.mvc
			.perform(post(this.base + "psfs").param("label.activity-1", "Putting on socks")
				.param("item.activity-1", "3")
				.param("label.activity-2", "<b>Gardening</b>")
				.param("item.activity-2", "4")
				.param("label.activity-3", "Lifting the shopping")
				.param("label.activity-4", "x".repeat(101))
				.param("item.activity-4", "5")
				.cookie(this.physio)
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(tooFew.getContentAsString()).contains("id=\"error-activity-2\"")
			.contains("id=\"error-activity-3\"")
			.contains("id=\"error-activity-4\"")
			.doesNotContain("<b>Gardening</b>");
		assertThat(responses()).isZero();

		MockHttpServletResponse saved = this.mvc
			.perform(post(this.base + "psfs").param("label.activity-1", "Putting on socks")
				.param("item.activity-1", "3")
				.param("label.activity-2", "Gardening")
				.param("item.activity-2", "4")
				.param("label.activity-3", "Lifting the shopping")
				.param("item.activity-3", "6")
				.cookie(this.physio)
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		// (3 + 4 + 6) / 3 = 4.33, shown to one decimal.
		assertThat(page(this.base + "psfs")).contains("<strong>4.3</strong>");
	}

	@Test
	void tellsTheStartBackRiskGroup() throws Exception {
		// Items 1-8 agree except 1 and 2: total 6 + item 9 level 5 = 7; psychosocial
		// (items 5-9) = 5, so high risk.
		MockHttpServletRequestBuilder request = post(this.base + "start-back").cookie(this.physio).with(csrf());
		String[] answers = { "0", "0", "1", "1", "1", "1", "1", "1", "5" };
		String[] items = { "leg-pain", "neck-or-shoulder-pain", "walking", "dressing", "fear-of-activity", "worry",
				"catastrophising", "enjoyment", "bothersomeness" };
		for (int i = 0; i < items.length; i++) {
			request.param("item." + items[i], answers[i]);
		}

		this.mvc.perform(request);

		assertThat(page(this.base + "start-back")).contains("<strong>7</strong>").contains("High risk");
	}

	@Test
	void aWordingFileFullOfBadLinesIsAnsweredQuicklyWithTheFirstProblemsOnly() throws Exception {
		Cookie admin = this.signedIn.adminSession();
		byte[] file = "this line has no separator\n".repeat(7_300).getBytes(StandardCharsets.UTF_8);
		long started = System.nanoTime();

		MockHttpServletResponse answer = importWording(admin, file);

		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(3));
		assertThat(file.length).isGreaterThan(190_000);
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).contains("line[1]:", "line[30]:", "and 7,270 more lines with problems")
			.doesNotContain("line[31]:")
			.hasSizeLessThan(100_000);
	}

	@Test
	void importedWordingWithMarkupOrControlCharactersIsRefused() throws Exception {
		Cookie admin = this.signedIn.adminSession();
		StringBuilder file = new StringBuilder();
		for (String section : DisabilityIndex.SECTIONS) {
			String wording = switch (section) {
				case "lifting" -> "<img src=x onerror=alert(1)>";
				case "walking" -> "a stray \u0001 control character";
				default -> "Wording of " + section;
			};
			file.append(section).append(" = ").append(wording).append('\n');
		}

		MockHttpServletResponse answer = importWording(admin, file.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(answer.getContentAsString()).contains("line[3]:", "line[4]:", "without HTML markup")
			.doesNotContain("<img src=x");
		assertThat(this.jdbc.sql("SELECT count(*) FROM instrument_item_texts WHERE clinic_id = :c")
			.param("c", this.clinic.id().value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aBrokenOrOversizedUploadIsRefusedWithAMessage() throws Exception {
		Cookie admin = this.signedIn.adminSession();

		this.mvc.perform(BrokenUpload.cutOff("/admin/instruments/disability-index/item-text", admin))
			.andExpect(status().isBadRequest())
			.andExpect(request().attribute("requestProblem", "error.brokenUpload"));
		this.mvc.perform(BrokenUpload.tooLarge("/admin/instruments/disability-index/item-text", admin))
			.andExpect(status().is(413))
			.andExpect(request().attribute("requestProblem", "error.uploadTooLarge"));
	}

	private MockHttpServletResponse importWording(Cookie admin, byte[] file) throws Exception {
		return this.mvc
			.perform(multipart("/admin/instruments/disability-index/item-text")
				.file(new MockMultipartFile("file", "odi.txt", "text/plain", file))
				.cookie(admin)
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	@Test
	void anAdminImportsWordingLineByLineAndThePatientCanThenAnswer() throws Exception {
		Cookie admin = this.signedIn.adminSession();
		var patientAccount = this.signedIn.patient();
		Cookie patient = this.signedIn.patientSession();
		assertThat(page("/my/questionnaires/disability-index", patient)).contains("id=\"with-physio\"");

		MockHttpServletResponse bad = this.mvc
			.perform(
					multipart("/admin/instruments/disability-index/item-text")
						.file(new MockMultipartFile("file", "odi.txt", "text/plain",
								"# our licence\nlifting = Text\nno separator here\nlifting = again\n"
									.getBytes(StandardCharsets.UTF_8)))
						.cookie(admin)
						.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(bad.getContentAsString()).contains("line[3]").contains("line[4]");

		StringBuilder file = new StringBuilder("# licensed wording\n");
		for (String section : DisabilityIndex.SECTIONS) {
			file.append(section).append(" = Licensed wording of ").append(section).append('\n');
		}
		MockHttpServletResponse good = this.mvc
			.perform(multipart("/admin/instruments/disability-index/item-text")
				.file(new MockMultipartFile("file", "odi.txt", "text/plain",
						file.toString().getBytes(StandardCharsets.UTF_8)))
				.cookie(admin)
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(good.getStatus()).isEqualTo(302);

		assertThat(page("/my/questionnaires/disability-index", patient)).contains("Licensed wording of lifting");
		MockHttpServletRequestBuilder answer = post("/my/questionnaires/disability-index").cookie(patient).with(csrf());
		for (String section : DisabilityIndex.SECTIONS) {
			answer.param("item." + section, "1");
		}
		assertThat(this.mvc.perform(answer).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(this.jdbc
			.sql("SELECT r.entered_as || ':' || count(a.*) FROM instrument_responses r "
					+ "JOIN instrument_answers a ON a.response_id = r.id WHERE r.patient_id = :p GROUP BY r.entered_as")
			.param("p", patientAccount.patientId().value())
			.query(String.class)
			.single()).isEqualTo("PATIENT:10");
		assertThat(page("/my/questionnaires/disability-index", this.signedIn.otherClinic().patientSession()))
			.contains("id=\"with-physio\"");
	}

	private String pageAfter(MvcResult redirect) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(redirect.getResponse().getRedirectedUrl()).cookie(this.physio)
				.flashAttrs(redirect.getFlashMap()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private int responses() {
		return this.jdbc.sql("SELECT count(*) FROM instrument_responses WHERE patient_id = :p")
			.param("p", this.patient)
			.query(Integer.class)
			.single();
	}

	private String page(String url) throws Exception {
		return page(url, this.physio);
	}

	private String page(String url, Cookie session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}
