package org.fourstage.web.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentTestData;
import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.fourstage.web.testing.SignedIn;
import org.fourstage.web.testing.TestAccounts;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The advisor panel on the program page works from recorded data only and says what is
 * missing.
 */
@WebTest
class ProgramAdviceIT {

	@Autowired
	MockMvc mvc;

	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programs programs;

	@BeforeEach
	void patientInStageTwo() throws Exception {
		this.programs.assign(this.signedIn.clinic().id(), this.signedIn.patientId(),
				ProgramTemplates.find("standard").orElseThrow().toProgram(ExerciseLibrary.load().byCode()),
				Stage.RESTORE_MOBILITY, "Calm but stiff", this.signedIn.physio().id(), Instant.now());
	}

	@Test
	void holdsAndNamesTheDataItDoesNotHave() throws Exception {
		String page = programPage();

		assertThat(page).contains("Stay in the current stage for now.").contains("Data the advisor does not have");
	}

	@Test
	void countsFreeSideBendsAndAComfortableForwardBendFromAReCheckAsMet() throws Exception {
		this.accounts.completedAssessment(this.signedIn.clinic(), this.signedIn.patientId().value(),
				today(SideBend.FREE, SideBend.FREE, ForwardBend.COMFORTABLE, Set.of()));

		String page = programPage();

		assertThat(page).contains("Criteria met").contains("Stay in the current stage for now.");
	}

	@Test
	void refersWhenARedFlagIsFoundSinceTheStageBegan() throws Exception {
		this.accounts.completedAssessment(this.signedIn.clinic(), this.signedIn.patientId().value(),
				today(SideBend.FREE, SideBend.FREE, ForwardBend.COMFORTABLE, EnumSet.of(RedFlag.SADDLE_NUMBNESS)));

		assertThat(programPage()).contains("Refer for medical assessment before going on.");
	}

	private AssessmentDraft today(SideBend left, SideBend right, ForwardBend forward, Set<RedFlag> flags) {
		AssessmentDraft d = AssessmentTestData.aCompleteDraft();
		AssessmentDraft.Checks c = d.physicalChecks();
		return new AssessmentDraft(d.kind(), LocalDate.now(), d.pain(), d.history(), d.where(), d.qualities(),
				d.behaviour(), d.sleepAndHabits(), flags, new AssessmentDraft.Checks(forward, c.backwardLean(), left,
						right, c.proneHoldSeconds(), c.proneHoldCrampedOrShook(), c.pressureReproducesFamiliarAche()));
	}

	private String programPage() throws Exception {
		return this.mvc
			.perform(get("/patients/" + this.signedIn.patientId().value() + "/program")
				.cookie(this.signedIn.physioSession()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
