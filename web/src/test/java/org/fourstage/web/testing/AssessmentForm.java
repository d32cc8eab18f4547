package org.fourstage.web.testing;

import java.time.LocalDate;

import com.microsoft.playwright.Page;

/**
 * Fills the long assessment form in a browser the way a physio would, for journeys that
 * need a completed initial assessment.
 */
public final class AssessmentForm {

	private AssessmentForm() {
	}

	/**
	 * An initial assessment of a muscle-type ache with saddle numbness as its one red
	 * flag. The form is left unsubmitted.
	 * @param page the open assessment form
	 * @param worstPain what to type as the worst pain in the last 24 hours, valid or not
	 */
	public static void fillInitialWithSaddleNumbness(Page page, String worstPain) {
		page.getByLabel("Kind of assessment *").selectOption("INITIAL");
		page.getByLabel("Pain now *").fill("7");
		page.getByLabel("Worst pain in the last 24 hours *").fill(worstPain);
		page.getByLabel("Pain on waking *").fill("5");
		page.getByLabel("When it started *").fill(LocalDate.now().minusDays(12).toString());
		page.getByLabel("How it started *").selectOption("LIFT");
		page.getByLabel("Earlier episodes *").fill("0");
		page.locator("#loc-LOW_BACK-CENTRAL").check();
		page.locator("#qualities-ACHING").check();
		page.getByLabel("Minutes of sitting before it aches *").fill("20");
		page.getByLabel("Minutes of standing still before it aches *").fill("15");
		page.getByLabel("Minutes of stiffness after getting up *").fill("10");
		page.getByLabel("Usual sleep position *").selectOption("SIDE");
		page.getByLabel("Supporting pillow *").selectOption("NONE");
		page.getByLabel("Mattress *").selectOption("FINE");
		page.getByLabel("Hours at a desk per day *").fill("6");
		page.getByLabel("Stress, 0 to 10 *").fill("4");
		page.getByLabel("Fear of moving the back, 0 to 10 *").fill("3");
		page.getByLabel("Activity level *").selectOption("LIGHT");
		page.getByLabel("Numbness in the saddle area").check();
		page.locator("#redFlagsAsked").check();
		page.getByLabel("Forward bend *").selectOption("COMFORTABLE");
		page.getByLabel("Backward lean *").selectOption("COMFORTABLE");
		page.getByLabel("Side-bend to the left *").selectOption("FREE");
		page.getByLabel("Side-bend to the right *").selectOption("FREE");
		page.getByLabel("Prone endurance hold, seconds *").fill("20");
	}

}
