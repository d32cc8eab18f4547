package org.fourstage.web.program;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.web.testing.AssessmentForm;
import org.fourstage.web.testing.BrowserSession;
import org.fourstage.web.testing.BrowserTest;
import org.fourstage.web.testing.PageProblems;
import org.fourstage.web.testing.TestAccounts;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The physio's journey in a real browser: registering a patient, an assessment that finds
 * a red flag, the refused and then allowed program assignment, adapting a stage, moving a
 * patient on, and two physios saving the same stage.
 */
@BrowserTest
class PhysioJourneyBrowserIT {

	private static final String STANDARD = "Standard four-stage program";

	private static final Pattern PATIENT_URL = Pattern.compile("/patients/([0-9a-f-]{36})$");

	@Autowired
	TestAccounts accounts;

	@Test
	void aRedFlagBlocksTheProgramUntilAnOverrideIsRecordedThenTheSuggestedStageIsPreselected(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		// Someone already on the list, whose name comes first in the alphabet.
		this.accounts.patientRecord(clinic);
		Page page = browser.desktop();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, physio);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients").setExact(true)).click();
		assertThat(heading(page, "Patients")).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a patient")).click();
		String reference = "ZW-" + UUID.randomUUID().toString().substring(0, 6);
		page.getByLabel("Reference").fill(reference);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Zoe Whitfield");
		page.getByLabel("Date of birth").fill("1978-04-23");
		page.getByLabel("Sex").selectOption("FEMALE");
		page.getByLabel("Phone").fill("+44 20 7946 0958");
		page.getByLabel("Email address").fill("zoe." + reference.toLowerCase() + "@test.example");
		page.getByLabel("Referred by").fill("Dr Amara Osei, Riverside GP");
		page.getByLabel("The patient agrees to FourStage keeping their health data for their care").check();
		page.getByLabel("Consent given on").fill(LocalDate.now().toString());
		button(page, "Register patient").click();

		assertThat(page).hasURL(PATIENT_URL);
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Patient registered.");
		assertThat(heading(page, "Zoe Whitfield")).isVisible();
		String patientId = patientIdOf(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All assessments")).click();
		button(page, "Start an initial assessment").click();
		AssessmentForm.fillInitialWithSaddleNumbness(page, "8");
		button(page, "Complete assessment").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Assessment completed");
		assertThat(page.locator("#red-flag-finding")).containsText("Numbness in the saddle area");

		page.navigate("/patients/" + patientId);
		Locator urgent = page.locator(".banner-urgent");
		assertThat(urgent).containsText("Urgent medical assessment needed");
		assertThat(urgent).hasAttribute("role", "alert");
		// The banner is the first thing of the page, above the patient's name.
		Object bannerFirst = page.evaluate("document.querySelector('.banner-urgent').getBoundingClientRect().bottom"
				+ " <= document.querySelector('main h1').getBoundingClientRect().top");
		Assertions.assertThat(bannerFirst).as("urgent banner above the name").isEqualTo(true);
		// No stage is suggested while the red flag waits for an override.
		assertThat(page.locator("#assessments dt:text-is('Suggested start') + dd"))
			.hasText("No stage is suggested until the red flag has been assessed and an override recorded.");
		browser.screenshot(page, "physio-journey-1-hub-urgent-banner");

		page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Patients"))
			.click();
		Locator firstRow = page.locator("tbody tr").first();
		assertThat(page.locator("tbody tr")).hasCount(2);
		assertThat(firstRow).containsText("Zoe Whitfield");
		assertThat(firstRow).containsText("Urgent: red flag");
		assertThat(page.locator("tbody tr").nth(1)).not().containsText("Urgent");
		browser.screenshot(page, "physio-journey-2-list-urgent-first");

		firstRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Zoe Whitfield")).click();
		page.locator("#program-card")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Assign a program"))
			.click();
		assertThat(page).hasURL(Pattern.compile("/patients/" + patientId + "/program/assign$"));
		Locator blocked = page.locator("#assign-blocked");
		assertThat(blocked).hasAttribute("role", "alert");
		assertThat(blocked).containsText("No program while a red flag is unresolved");
		assertThat(button(page, "Assign program")).hasCount(0);
		assertThat(page.locator("input[name=templateId]")).hasCount(0);
		browser.screenshot(page, "physio-journey-3-assign-refused");

		blocked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the assessment")).click();
		page.getByLabel("Reason for the override (10 to 1000 characters)")
			.fill("Seen in A&E today: imaging clear, saddle sensation normal again; gentle exercise agreed.");
		button(page, "Record the override").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Override recorded.");

		page.navigate("/patients/" + patientId);
		assertThat(page.locator(".banner-urgent")).hasCount(0);
		assertThat(page.locator("#banners")).containsText("clinical override");
		String suggested = page.locator("#assessments dt:text-is('Suggested start') + dd").innerText();
		Matcher stageNumber = Pattern.compile("Stage (\\d)").matcher(suggested);
		Assertions.assertThat(stageNumber.find()).as("suggested stage on the hub: " + suggested).isTrue();
		int expectedStart = Math.min(3, Integer.parseInt(stageNumber.group(1)));
		page.locator("#program-card")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Assign a program"))
			.click();
		assertThat(page.locator("#assign-blocked")).hasCount(0);
		assertThat(page.locator("input[name=startStage][value='" + expectedStart + "']")).isChecked();
		assertThat(page.getByLabel("Why this stage")).not().isEmpty();
		page.getByLabel(STANDARD).check();
		browser.screenshot(page, "physio-journey-4-assign-allowed");
		button(page, "Assign program").click();

		assertThat(page).hasURL(Pattern.compile("/patients/" + patientId + "/program$"));
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Program assigned.");
		assertThat(page.locator("p.lead")).containsText("Now in Stage " + expectedStart + ":");
		assertThat(page.locator("#stage-" + expectedStart)).containsText("current");
		problems.assertNone();
	}

	@Test
	void aPhysioAdaptsAStageAsANewVersionRefusesABadDosageAndMovesThePatientOn(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account physio = this.accounts.physio(clinic);
		UUID patient = this.accounts.patientRecord(clinic);
		Page page = browser.desktop();
		PageProblems problems = PageProblems.watch(page);
		signIn(page, physio);
		assignStandardProgramInStageOne(page, patient);

		stageCard(page, 1).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Adapt this stage")).click();
		assertThat(heading(page, "Adapt Stage 1: Calm and unload")).isVisible();
		exerciseRow(page, "Pelvic tilts").getByLabel("Reps").fill("12");
		exerciseRow(page, "Supported legs-up rest").getByLabel("Order").fill("2");
		exerciseRow(page, "Side-lying with a pillow between the knees").getByLabel("Order").fill("1");
		exerciseRow(page, "Knee rolls").getByLabel("Drop").check();
		page.getByLabel("Add an exercise").selectOption("cat-camel");
		button(page, "Save as a new version").click();

		assertThat(page).hasURL(Pattern.compile("/program#stage-1$"));
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Saved as a new version.");
		Locator exercises = stageCard(page, 1).locator("ol > li");
		assertThat(exercises).hasCount(8);
		assertThat(exercises.nth(0)).containsText("Side-lying with a pillow between the knees");
		assertThat(exercises.nth(1)).containsText("Supported legs-up rest");
		assertThat(exercises.filter(new Locator.FilterOptions().setHasText("Pelvic tilts")))
			.containsText("2 sets of 12, twice a day");
		assertThat(stageCard(page, 1)).not().containsText("Knee rolls");
		assertThat(exercises.last()).containsText("Cat–camel");
		browser.screenshot(page, "physio-journey-5-program-customised");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version history")).click();
		Locator versions = page.locator(".version");
		assertThat(versions).hasCount(2);
		Locator second = versions.filter(new Locator.FilterOptions().setHasText("Version 2"));
		assertThat(second).containsText(physio.name().value());
		assertThat(second).containsText("Changed the dosage of Pelvic tilts in Stage 1");
		assertThat(second).containsText("Reordered Stage 1");
		assertThat(second).containsText("Removed Knee rolls from Stage 1.");
		assertThat(second).containsText("Added Cat–camel to Stage 1");
		browser.screenshot(page, "physio-journey-6-version-history");

		page.navigate("/patients/" + patient + "/program/stages/1/edit");
		Locator reps = exerciseRow(page, "Pelvic tilts").getByLabel("Reps");
		assertThat(reps).hasValue("12");
		reps.fill("0");
		exerciseRow(page, "Short, frequent walks").getByLabel("Minutes").fill("7");
		button(page, "Save as a new version").click();

		assertThat(heading(page, "Adapt Stage 1: Calm and unload")).isVisible();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing has been saved yet.");
		reps = exerciseRow(page, "Pelvic tilts").getByLabel("Reps");
		assertThat(reps).hasValue("0");
		assertThat(reps).hasAttribute("aria-invalid", "true");
		assertThat(reps).hasAccessibleDescription("Enter a whole number from 1 to 100, or leave it empty.");
		assertThat(exerciseRow(page, "Pelvic tilts").locator(".invalid-feedback")).isVisible();
		assertThat(page.locator("[aria-invalid=true]")).hasCount(1);
		assertThat(exerciseRow(page, "Short, frequent walks").getByLabel("Minutes")).hasValue("7");
		browser.screenshot(page, "physio-journey-7-bad-reps");

		page.navigate("/patients/" + patient + "/program/history");
		assertThat(page.locator(".version")).hasCount(2);
		page.navigate("/patients/" + patient + "/program");
		assertThat(stageCard(page, 1).locator("ol > li").filter(new Locator.FilterOptions().setHasText("Pelvic tilts")))
			.containsText("2 sets of 12");
		assertThat(stageCard(page, 1)).containsText("Short, frequent walks — 5 minutes");

		Locator move = page.locator("#move");
		move.getByLabel("Forward one stage").check();
		move.getByLabel("Reason").fill("Pain settled to 2 of 10 and bending is easy again.");
		button(page, "Move").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Stage changed.");
		assertThat(page.locator("p.lead")).containsText("Now in Stage 2: Restore mobility");
		assertThat(stageCard(page, 2)).containsText("current");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version history")).click();
		assertThat(page.locator("#stage-moves li").last()).containsText(
				"Stage 1 → Stage 2: Pain settled to 2 of 10 and bending is easy again. (" + physio.name().value());
		browser.screenshot(page, "physio-journey-8-stage-history");
		problems.assertNone();
	}

	@Test
	void theSecondOfTwoPhysiosSavingTheSameStageSeesBothChangesAndLosesNeither(BrowserSession browser) {
		Clinic clinic = this.accounts.clinic();
		Account first = this.accounts.staff(clinic, Role.PHYSIO, "Alex Morgan");
		Account second = this.accounts.staff(clinic, Role.PHYSIO, "Sam Rivers");
		UUID patient = this.accounts.patientRecord(clinic);
		Page alex = browser.desktop();
		Page sam = browser.desktop();
		PageProblems problems = PageProblems.watch(alex, sam);
		signIn(alex, first);
		assignStandardProgramInStageOne(alex, patient);
		signIn(sam, second);

		String edit = "/patients/" + patient + "/program/stages/1/edit";
		alex.navigate(edit);
		sam.navigate(edit);

		exerciseRow(alex, "Pelvic tilts").getByLabel("Reps").fill("12");
		button(alex, "Save as a new version").click();
		assertThat(alex.getByRole(AriaRole.STATUS).first()).hasText("Saved as a new version.");

		exerciseRow(sam, "Short, frequent walks").getByLabel("Minutes").fill("8");
		button(sam, "Save as a new version").click();

		Locator conflict = sam.locator("#conflict");
		assertThat(conflict).isVisible();
		assertThat(conflict.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
			.hasText("Someone else saved this program while you were editing");
		assertThat(conflict.locator(".theirs")).containsText(
				"Changed the dosage of Pelvic tilts in Stage 1 from \"2 sets of 10, twice a day\" to \"2 sets of 12, twice a day\".");
		assertThat(conflict).containsText("Version 2, saved by Alex Morgan");
		assertThat(conflict.locator(".yours")).containsText(
				"Changed the dosage of Short, frequent walks in Stage 1 from \"5 minutes, 4 times a day\" to \"8 minutes, 4 times a day\".");
		assertThat(conflict.locator(".yours")).not().containsText("Pelvic tilts");
		// The form to save again holds Sam's change on top of Alex's, not Alex's undone.
		assertThat(exerciseRow(sam, "Pelvic tilts").getByLabel("Reps")).hasValue("12");
		assertThat(exerciseRow(sam, "Short, frequent walks").getByLabel("Minutes")).hasValue("8");
		browser.screenshot(sam, "physio-journey-9-conflict");

		alex.navigate("/patients/" + patient + "/program");
		assertThat(stageCard(alex, 1)).containsText("Pelvic tilts — 2 sets of 12, twice a day");
		assertThat(stageCard(alex, 1)).containsText("Short, frequent walks — 5 minutes, 4 times a day");

		button(sam, "Save as a new version").click();
		assertThat(sam.getByRole(AriaRole.STATUS).first()).hasText("Saved as a new version.");
		assertThat(stageCard(sam, 1)).containsText("Pelvic tilts — 2 sets of 12, twice a day");
		assertThat(stageCard(sam, 1)).containsText("Short, frequent walks — 8 minutes, 4 times a day");
		sam.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version history")).click();
		assertThat(sam.locator(".version")).hasCount(3);
		problems.assertNone();
	}

	private static void assignStandardProgramInStageOne(Page page, UUID patient) {
		page.navigate("/patients/" + patient);
		page.locator("#program-card")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Assign a program"))
			.click();
		page.getByLabel(STANDARD).check();
		page.getByLabel("Stage 1: Calm and unload").check();
		page.getByLabel("Why this stage").fill("Acute flare two days ago; calm things down first.");
		button(page, "Assign program").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Program assigned.");
	}

	private static String patientIdOf(Page page) {
		Matcher matcher = PATIENT_URL.matcher(page.url());
		Assertions.assertThat(matcher.find()).as("patient page URL " + page.url()).isTrue();
		return matcher.group(1);
	}

	private static void signIn(Page page, Account account) {
		page.navigate("/login");
		page.getByLabel("Clinic code").fill(TestAccounts.signInCode(account));
		page.getByLabel("Email address").fill(account.email().value());
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		button(page, "Sign in").click();
		assertThat(page).hasURL(Pattern.compile("/dashboard$"));
	}

	private static Locator stageCard(Page page, int stage) {
		return page.locator("#stage-" + stage);
	}

	private static Locator exerciseRow(Page page, String exercise) {
		return page.locator(".exercise-row")
			.filter(new Locator.FilterOptions().setHas(
					page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(exercise).setExact(true))));
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
