package org.fourstage.web.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentRules;
import org.fourstage.domain.assessment.AssessmentTestData;
import org.fourstage.domain.assessment.RedFlagState;
import org.fourstage.domain.assessment.RedFlagStatus;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.domain.instrument.StartBackScreen;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.reporting.assessment.AssessmentSummary;
import org.fourstage.reporting.assessment.AssessmentSummaryQuery;
import org.fourstage.web.testing.SignedIn;
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

/**
 * The physio's assessment pages through MockMvc: drafts, completion, refusals next to
 * their fields, findings, the red flag override, comparison, and the audit trail.
 */
@WebTest
class AssessmentPagesIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RedFlagStatus redFlags;

	@Autowired
	AssessmentSummaryQuery summaries;

	@Autowired
	LibraryTemplates templates;

	private Clinic clinic;

	private Cookie physio;

	private UUID patient;

	@BeforeEach
	void physioAndPatient() throws Exception {
		this.clinic = this.signedIn.clinic();
		this.physio = this.signedIn.physioSession();
		this.patient = this.accounts.patientRecord(this.clinic);
	}

	@Test
	void keepsAPartialDraftAndAuditsStartAndSave() throws Exception {
		String url = start("INITIAL");

		MockHttpServletResponse saved = send(url, Map.of("painNow", "5", "action", "draft"));

		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT answers -> 'pain' ->> 'now' FROM assessments WHERE id = :id")
			.param("id", idOf(url))
			.query(String.class)
			.single()).isEqualTo("5");
		assertThat(auditCount("ASSESSMENT_STARTED", idOf(url))).isEqualTo(1);
		assertThat(auditCount("ASSESSMENT_DRAFT_SAVED", idOf(url))).isEqualTo(1);
		String page = page(url);
		assertThat(page).contains("Draft saved.").contains("value=\"5\"");
		assertThat(auditCount("ASSESSMENT_VIEWED", idOf(url))).isEqualTo(1);
	}

	@Test
	void lettersInANumberFieldAreRefusedWithTheRangeOfThatField() throws Exception {
		String url = start("INITIAL");

		String html = send(url, Map.of("painWorst", "seven", "morningStiffnessMinutes", "an hour", "proneHoldSeconds",
				"long", "action", "draft"))
			.getContentAsString();

		assertThat(html).contains("Enter a whole number from 0 to 10.")
			.contains("Enter a whole number from 0 to 1440.")
			.contains("Enter a whole number, 0 or more.");
	}

	@Test
	void aDraftStillRefusesImpossibleNumbersAndSavesNothing() throws Exception {
		String url = start("INITIAL");

		MockHttpServletResponse refused = send(url,
				Map.of("painNow", "11", "sittingToleranceMinutes", "-5", "stress", "abc", "action", "draft"));

		assertThat(refused.getStatus()).isEqualTo(200);
		String html = refused.getContentAsString();
		assertThat(html).contains("The draft was not saved")
			.contains("id=\"painNow-error\"")
			.contains("Pain is rated from 0 to 10.")
			.contains("This cannot be below 0.")
			.contains("id=\"stress-error\"")
			.contains("Enter a whole number from 0 to 10.")
			.doesNotContain("such as 15");
		assertThat(version(idOf(url))).isZero();
		assertThat(auditCount("ASSESSMENT_DRAFT_SAVED", idOf(url))).isZero();
	}

	@Test
	void completingNeedsEverySectionAndRefusesEachProblemNextToItsField() throws Exception {
		String url = start("INITIAL");
		Map<String, String> form = completeForm();
		form.put("painWorst", "");
		form.put("onsetDate", LocalDate.now().plusDays(3).toString());
		form.put("morningStiffnessMinutes", "-1");
		form.put("deskHoursPerDay", "<script>alert(1)</script>");
		form.put("proneHoldSeconds", "9".repeat(5000));
		form.put("mattress", "<script>alert(2)</script>");
		form.remove("redFlagsAsked");
		form.put("action", "complete");

		MockHttpServletResponse refused = send(url, form);

		String html = refused.getContentAsString();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(html).contains("The assessment was not completed")
			.contains("id=\"painWorst-error\"")
			.contains("The pain cannot start after the day of the assessment.")
			.contains("id=\"morningStiffnessMinutes-error\"")
			.contains("id=\"deskHoursPerDay-error\"")
			.contains("id=\"proneHoldSeconds-error\"")
			.contains("id=\"mattress-error\"")
			.contains("id=\"redFlagsAsked-error\"")
			.doesNotContain("<script>alert");
		assertThat(status(idOf(url))).isEqualTo("DRAFT");
		assertThat(version(idOf(url))).isZero();
	}

	@Test
	void aCompletedAssessmentWithARedFlagShowsTheUrgentFindingFirstAndBlocksAProgram() throws Exception {
		String url = start("INITIAL");
		Map<String, String> form = completeForm();
		form.put("redFlags", "SADDLE_NUMBNESS");
		form.put("action", "complete");

		assertThat(send(url, form).getStatus()).isEqualTo(302);

		String html = page(url);
		assertThat(html).contains("Urgent medical assessment needed").contains("Numbness in the saddle area");
		assertThat(html.indexOf("Urgent medical assessment needed"))
			.isLessThan(html.indexOf("Suggested starting stage"));
		assertThat(status(idOf(url))).isEqualTo("COMPLETED");
		assertThat(auditCount("ASSESSMENT_COMPLETED", idOf(url))).isEqualTo(1);
		assertThat(this.redFlags.of(clinicId(), new PatientId(this.patient)))
			.isEqualTo(RedFlagState.URGENT_MEDICAL_ASSESSMENT);
		assertThat(this.redFlags.mayAssignProgram(clinicId(), new PatientId(this.patient))).isFalse();
	}

	@Test
	void theFindingsShowWhatWasConcludedAtCompletionEvenWhenTodaysRulesWouldSayOtherwise() throws Exception {
		String url = complete(completeForm());
		String asCompleted = page(url);
		assertThat(asCompleted).contains("Stage 1: calm and unload")
			.contains("Pain now is 7/10, 6 or more")
			.contains("Ache in the left flank, between rib and pelvis")
			.contains("Concluded when the assessment was completed (rules version 1).")
			.doesNotContain("id=\"todays-derivation\"");

		// As if a rule had changed since: the kept conclusion differs from what the
		// answers give today, and the page must keep showing the kept one.
		rewriteKept(url,
				"derivation = jsonb_set(jsonb_set(jsonb_set(derivation, '{suggestedStage}', "
						+ "'\"STRENGTHEN_AND_COORDINATE\"'), '{painPattern}', '\"NERVE_INVOLVEMENT\"'), "
						+ "'{stageReasons}', '[{\"code\": \"stage.calm-and-free\", \"arguments\": []}]')");

		String html = page(url);
		assertThat(html).contains("Stage 3: strengthen and coordinate")
			.contains("Calm, and moves freely: ready to build strength")
			.contains("A nerve is involved")
			.doesNotContain("Stage 1: calm and unload")
			.doesNotContain("Pain now is 7/10")
			.doesNotContain("id=\"todays-derivation\"");
	}

	@Test
	void aConclusionOfOlderRulesIsShownWithTodaysBesideItLabelled() throws Exception {
		String url = complete(completeForm());
		rewriteKept(url, "rules_version = 0, derivation = jsonb_set(jsonb_set(derivation, '{rulesVersion}', '0'), "
				+ "'{suggestedStage}', '\"RESTORE_MOBILITY\"')");

		String html = page(url);
		int todays = html.indexOf("id=\"todays-derivation\"");
		assertThat(todays).isPositive();
		assertThat(html).contains("Concluded when the assessment was completed (rules version 0).")
			.contains("rules (version " + AssessmentRules.VERSION + ")");
		assertThat(html.indexOf("Stage 2: restore mobility")).isBetween(0, todays);
		assertThat(html.indexOf("Stage 1: calm and unload")).isGreaterThan(todays);
	}

	@Test
	void anAssessmentCompletedBeforeConclusionsWereKeptIsWorkedOutWithTodaysRulesAndSaysSo() throws Exception {
		Map<String, String> form = completeForm();
		form.put("redFlags", "SADDLE_NUMBNESS");
		String url = complete(form);
		rewriteKept(url, "derivation = NULL, rules_version = NULL");

		String html = page(url);
		assertThat(html).contains("Worked out with today&#39;s rules")
			.contains("Urgent medical assessment needed")
			.contains("No stage is suggested until the red flag has been assessed")
			.doesNotContain("Concluded when the assessment was completed")
			.doesNotContain("id=\"todays-derivation\"");
		assertThat(overrideRedFlags(url).getStatus()).isEqualTo(302);
		assertThat(page(url)).contains("Stage 1: calm and unload").contains("Pain now is 7/10, 6 or more");
	}

	@Test
	void anOverrideNeedsAReasonOfTenToAThousandPlainCharacters() throws Exception {
		UUID assessment = this.accounts.urgentAssessment(this.clinic, this.patient);
		String url = "/patients/" + this.patient + "/assessments/" + assessment;

		for (String bad : new String[] { "", "too short", "x".repeat(1001), "<script>alert(1)</script> seen by GP" }) {
			MockHttpServletResponse refused = this.mvc
				.perform(post(url + "/override").param("reason", bad).cookie(this.physio).with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).as(bad).isEqualTo(200);
			assertThat(refused.getContentAsString()).as(bad)
				.contains("id=\"reason-error\"")
				.doesNotContain("<script>alert");
		}
		assertThat(this.redFlags.mayAssignProgram(clinicId(), new PatientId(this.patient))).isFalse();

		MockHttpServletResponse recorded = this.mvc
			.perform(post(url + "/override").param("reason", "Seen by the GP today; cleared for gentle exercise.")
				.cookie(this.physio)
				.with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(recorded.getStatus()).isEqualTo(302);
		assertThat(page(url)).contains("Override recorded.")
			.contains("Seen by the GP today; cleared for gentle exercise.");
		assertThat(this.redFlags.of(clinicId(), new PatientId(this.patient))).isEqualTo(RedFlagState.OVERRIDDEN);
		assertThat(this.redFlags.mayAssignProgram(clinicId(), new PatientId(this.patient))).isTrue();
		assertThat(auditCount("RED_FLAG_OVERRIDDEN", assessment)).isEqualTo(1);
		AssessmentSummary summary = this.summaries.summary(clinicId(), new PatientId(this.patient));
		assertThat(summary.latest().redFlagState()).isEqualTo(RedFlagState.OVERRIDDEN);
		assertThat(summary.latest().overrideRecorded()).isTrue();
	}

	@Test
	void theAdviceOnAProgramAssignedAfterAnOverrideDoesNotReferForTheOverriddenFlag() throws Exception {
		Map<String, String> form = completeForm();
		form.put("redFlags", "SADDLE_NUMBNESS");
		String url = complete(form);
		assertThat(overrideRedFlags(url).getStatus()).isEqualTo(302);
		String standard = this.templates.list(clinicId())
			.stream()
			.filter((t) -> t.template().code().equals("standard"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		MockHttpServletResponse assigned = this.mvc
			.perform(post("/patients/" + this.patient + "/program/assign").cookie(this.physio)
				.with(csrf())
				.param("templateId", standard)
				.param("startStage", "1")
				.param("reason", "Calm first after the GP cleared the saddle numbness"))
			.andReturn()
			.getResponse();
		assertThat(assigned.getStatus()).isEqualTo(302);

		String program = page("/patients/" + this.patient + "/program");

		assertThat(program).contains("no new red flag")
			.doesNotContain("Refer for medical assessment")
			.doesNotContain("a new red flag was found");
	}

	@Test
	void suggestsNoStageWhileARedFlagWaitsForAnOverrideAndSaysWhy() throws Exception {
		Map<String, String> form = calmForm();
		form.put("redFlags", "SADDLE_NUMBNESS");
		String url = complete(form);
		String withheld = "No stage is suggested until the red flag has been assessed and an override recorded.";

		assertThat(page(url)).contains(withheld).doesNotContain("Stage 3: strengthen and coordinate");
		assertThat(page("/patients/" + this.patient)).contains(withheld)
			.doesNotContain("Stage 3 – Strengthen and coordinate");

		assertThat(overrideRedFlags(url).getStatus()).isEqualTo(302);

		assertThat(page(url)).contains("Stage 3: strengthen and coordinate").doesNotContain(withheld);
		assertThat(page("/patients/" + this.patient)).contains("Stage 3 – Strengthen and coordinate")
			.doesNotContain(withheld);
	}

	@Test
	void thePatientPageWarnsOfNerveFeaturesInAMixedPattern() throws Exception {
		Map<String, String> form = completeForm();
		form.put("qualities", "ACHING,SHARP");
		String url = complete(form);
		assertThat(page(url)).contains("Mixed");

		assertThat(page("/patients/" + this.patient))
			.contains("The latest assessment shows a mixed pain pattern with nerve features");
	}

	@Test
	void thePatientPageCarriesThePossibleInflammatoryBackPainFlag() throws Exception {
		Map<String, String> form = completeForm();
		form.put("morningStiffnessMinutes", "45");
		form.put("wakesAtNight", "true");
		String url = complete(form);

		String html = page("/patients/" + this.patient);

		assertThat(html).contains("Possible inflammatory back pain");
		assertThat(html.indexOf("Possible inflammatory back pain")).isLessThan(html.indexOf("id=\"assessments\""));
	}

	@Test
	void refusesASaveWhenSomeoneElseSavedInBetween() throws Exception {
		String url = start("INITIAL");
		assertThat(send(url, Map.of("painNow", "4", "version", "0", "action", "draft")).getStatus()).isEqualTo(302);

		MockHttpServletResponse stale = send(url, Map.of("painNow", "6", "version", "0", "action", "draft"));

		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString()).contains("Someone else saved this assessment");
		assertThat(this.jdbc.sql("SELECT answers -> 'pain' ->> 'now' FROM assessments WHERE id = :id")
			.param("id", idOf(url))
			.query(String.class)
			.single()).isEqualTo("4");
	}

	@Test
	void aReassessmentStartsFromTheLastCompletedOneButAsksRedFlagsAndPainAfresh() throws Exception {
		this.accounts.urgentAssessment(this.clinic, this.patient);

		String url = start("REASSESSMENT");

		String html = page(url);
		AssessmentDraft before = AssessmentTestData.aCompleteDraft();
		assertThat(html).contains("value=\"" + before.history().onsetDate() + "\"");
		assertThat(html).doesNotContain("value=\"SADDLE_NUMBNESS\" checked");
		assertThat(html).doesNotContain("name=\"painNow\" value=\"4\"");
	}

	@Test
	void aReassessmentWithoutAnEarlierAssessmentIsRefused() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/patients/" + this.patient + "/assessments").param("kind", "REASSESSMENT")
				.cookie(this.physio)
				.with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(response.getRedirectedUrl()).endsWith("/patients/" + this.patient + "/assessments");
		assertThat(this.jdbc.sql("SELECT count(*) FROM assessments WHERE patient_id = :p")
			.param("p", this.patient)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void comparesTwoAssessmentsAndSaysWhetherThePainChangeMatters() throws Exception {
		AssessmentDraft first = AssessmentTestData.aCompleteDraft();
		this.accounts.completedAssessment(this.clinic, this.patient, first);
		this.accounts.completedAssessment(this.clinic, this.patient,
				new AssessmentDraft(org.fourstage.domain.assessment.AssessmentKind.REASSESSMENT,
						first.assessedOn().plusDays(28), new AssessmentDraft.Pain(1, 3, 2), first.history(),
						first.where(), first.qualities(), first.behaviour(), first.sleepAndHabits(), first.redFlags(),
						first.physicalChecks()));

		String html = page("/patients/" + this.patient + "/assessments/compare");

		assertThat(html).contains("28 days apart").contains("4/10").contains("1/10").contains("-3");
		assertThat(html).contains("Important change");
		assertThat(auditCountForPatient("ASSESSMENT_COMPARED")).isEqualTo(1);
	}

	@Test
	void comparesTheQuestionnairesWithTheirImportantChangeRules() throws Exception {
		AssessmentDraft first = AssessmentTestData.aCompleteDraft();
		UUID earlier = this.accounts.completedAssessment(this.clinic, this.patient, first);
		UUID later = this.accounts.completedAssessment(this.clinic, this.patient,
				new AssessmentDraft(org.fourstage.domain.assessment.AssessmentKind.REASSESSMENT,
						first.assessedOn().plusDays(28), first.pain(), first.history(), first.where(),
						first.qualities(), first.behaviour(), first.sleepAndHabits(), first.redFlags(),
						first.physicalChecks()));
		// Disability index: 10 sections at 2 = 40 %, then at 1 = 20 %: 20 points, 50 %.
		answer(earlier, "disability-index", disabilityIndex("2"));
		answer(later, "disability-index", disabilityIndex("1"));
		// STarT Back: 7 with subscale 5 (high risk), then 1 with subscale 1 (low risk).
		answer(earlier, "start-back", startBack("0", "0", "1", "1", "1", "1", "1", "1", "5"));
		answer(later, "start-back", startBack("1", "0", "0", "0", "0", "0", "0", "0", "1"));
		// PSFS: mean (3 + 4 + 5) / 3 = 4 then (6 + 6 + 6) / 3 = 6: exactly 2 points.
		answer(earlier, "psfs", psfs("3", "4", "5"));
		answer(later, "psfs", psfs("6", "6", "6"));

		String html = page("/patients/" + this.patient + "/assessments/compare");

		// What is derived here is today's reading of both assessments, and the page says
		// so.
		assertThat(html).contains("worked out again with today&#39;s rules (version " + AssessmentRules.VERSION + ")");
		assertThat(html).contains("id=\"questionnaires\"");
		String questionnaires = html.substring(html.indexOf("id=\"questionnaires\""));
		assertThat(questionnaires).contains("Disability index (Oswestry form)")
			.contains("40 %")
			.contains("20 %")
			.contains("-20 points (50 %)")
			.contains("at least 10 points or 30 %")
			.contains("STarT Back screening tool")
			.contains("High risk")
			.contains("Low risk")
			.contains("Risk group changed")
			.contains("Psychosocial subscale")
			.contains("Patient-specific functional scale")
			.contains("+2 points (50 %)")
			.contains("at least 2 points");
		assertThat(questionnaires.split("Important change", -1)).as("three important changes").hasSize(4);
	}

	@Test
	void listsThePatientsAssessmentsAndAuditsTheRead() throws Exception {
		this.accounts.urgentAssessment(this.clinic, this.patient);

		String html = page("/patients/" + this.patient + "/assessments");

		assertThat(html).contains("Initial assessment").contains("Completed");
		assertThat(auditCountForPatient("ASSESSMENT_LIST_VIEWED")).isEqualTo(1);
	}

	@Test
	void anotherClinicsPatientAndAMalformedIdAnswerNotFound() throws Exception {
		UUID elsewhere = this.signedIn.otherClinic().patientId().value();

		assertThat(this.mvc.perform(get("/patients/" + elsewhere + "/assessments").cookie(this.physio))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/patients/" + this.patient + "/assessments/not-an-id").cookie(this.physio))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private void answer(UUID assessment, String instrument, Map<String, String> items) throws Exception {
		MockHttpServletRequestBuilder request = post(
				"/patients/" + this.patient + "/assessments/" + assessment + "/instruments/" + instrument)
			.cookie(this.physio)
			.with(csrf());
		items.forEach(request::param);
		assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private static Map<String, String> disabilityIndex(String each) {
		Map<String, String> items = new LinkedHashMap<>();
		DisabilityIndex.SECTIONS.forEach((section) -> items.put("item." + section, each));
		return items;
	}

	private static Map<String, String> startBack(String... answers) {
		Map<String, String> items = new LinkedHashMap<>();
		for (int i = 0; i < answers.length; i++) {
			items.put("item." + StartBackScreen.ITEMS.get(i), answers[i]);
		}
		return items;
	}

	private static Map<String, String> psfs(String... ratings) {
		Map<String, String> items = new LinkedHashMap<>();
		for (int i = 0; i < ratings.length; i++) {
			items.put("label.activity-" + (i + 1), "Activity number " + (i + 1));
			items.put("item.activity-" + (i + 1), ratings[i]);
		}
		return items;
	}

	/**
	 * Starts an initial assessment, completes it with these answers, and gives its page.
	 */
	private String complete(Map<String, String> form) throws Exception {
		String url = start("INITIAL");
		form.put("action", "complete");
		assertThat(send(url, form).getStatus()).isEqualTo(302);
		return url;
	}

	/**
	 * Writes the kept conclusion of an assessment directly, as a rule change would leave
	 * it.
	 */
	private void rewriteKept(String url, String assignments) {
		assertThat(this.jdbc.sql("UPDATE assessments SET " + assignments + " WHERE id = :id")
			.param("id", idOf(url))
			.update()).isEqualTo(1);
	}

	private MockHttpServletResponse overrideRedFlags(String url) throws Exception {
		return this.mvc
			.perform(post(url + "/override").param("reason", "Seen by the GP today; cleared for gentle exercise.")
				.cookie(this.physio)
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	/** A calm back that moves freely: Stage 3 by the starting-stage rules. */
	private static Map<String, String> calmForm() {
		Map<String, String> form = completeForm();
		form.put("painNow", "2");
		form.put("painWorst", "3");
		form.put("painOnWaking", "2");
		form.put("onsetDate", LocalDate.now().minusDays(120).toString());
		form.put("forwardBend", "COMFORTABLE");
		form.put("sideBendRight", "FREE");
		return form;
	}

	private String start(String kind) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(
				post("/patients/" + this.patient + "/assessments").param("kind", kind).cookie(this.physio).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		return response.getRedirectedUrl();
	}

	private MockHttpServletResponse send(String url, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = post(url).cookie(this.physio).with(csrf());
		if (!form.containsKey("version")) {
			request.param("version", Integer.toString(version(idOf(url))));
		}
		form.forEach((name, value) -> {
			for (String one : value.split(",")) {
				request.param(name, one);
			}
		});
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private String page(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url).cookie(this.physio)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	static Map<String, String> completeForm() {
		LocalDate today = LocalDate.now();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "INITIAL");
		form.put("assessedOn", today.toString());
		form.put("painNow", "7");
		form.put("painWorst", "8");
		form.put("painOnWaking", "6");
		form.put("onsetDate", today.minusDays(10).toString());
		form.put("mechanism", "LIFT");
		form.put("previousEpisodes", "1");
		form.put("locations", "LOW_BACK:CENTRAL,FLANK:LEFT");
		form.put("qualities", "ACHING,TIGHT");
		form.put("sittingToleranceMinutes", "20");
		form.put("standingToleranceMinutes", "15");
		form.put("morningStiffnessMinutes", "10");
		form.put("easesWithGentleMovement", "true");
		form.put("aggravatingFactors", "ROLLING_OVER_IN_BED");
		form.put("sleepPosition", "SIDE");
		form.put("pillowSupport", "NONE");
		form.put("mattress", "FINE");
		form.put("deskHoursPerDay", "6.5");
		form.put("stress", "4");
		form.put("fearOfMovement", "3");
		form.put("activityLevel", "LIGHT");
		form.put("redFlagsAsked", "true");
		form.put("forwardBend", "ONE_SIDE_TIGHTER");
		form.put("backwardLean", "COMFORTABLE");
		form.put("sideBendLeft", "FREE");
		form.put("sideBendRight", "STIFF");
		form.put("proneHoldSeconds", "25");
		return form;
	}

	private ClinicId clinicId() {
		return this.clinic.id();
	}

	private static UUID idOf(String url) {
		return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
	}

	private int version(UUID id) {
		return this.jdbc.sql("SELECT version FROM assessments WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private String status(UUID id) {
		return this.jdbc.sql("SELECT status FROM assessments WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private int auditCount(String action, UUID target) {
		return this.jdbc
			.sql("SELECT count(*) FROM audit_events WHERE action = :action AND target_id = :target AND patient_id = :p")
			.param("action", action)
			.param("target", target.toString())
			.param("p", this.patient)
			.query(Integer.class)
			.single();
	}

	private int auditCountForPatient(String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_events WHERE action = :action AND patient_id = :p")
			.param("action", action)
			.param("p", this.patient)
			.query(Integer.class)
			.single();
	}

}
