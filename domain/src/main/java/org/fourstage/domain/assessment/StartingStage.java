package org.fourstage.domain.assessment;

import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.program.Stage;

/**
 * The stage a new program should start at, with the reasons. The physio decides; this
 * only suggests.
 * <p>
 * <b>Stage 1</b> when the back is irritable, that is when any of these holds:
 * <ul>
 * <li>pain now is {@value #IRRITABLE_NPRS} or more out of 10;</li>
 * <li>guarding: the prone endurance hold cramped or shook before
 * {@value #GUARDING_HOLD_SECONDS} seconds, or fear of movement is {@value #GUARDING_FEAR}
 * or more out of 10 (a back held stiff by protection, not by lack of range);</li>
 * <li>nerve involvement: the pain pattern is nerve involvement or mixed;</li>
 * <li>the episode is acute (under six weeks).</li>
 * </ul>
 * <b>Stage 2</b> when it is calm but stiff: a side-bend is stiff, the forward bend is not
 * comfortable, or morning stiffness lasts more than 30 minutes.
 * <p>
 * <b>Stage 3</b> otherwise: calm and moving freely. A program never starts at Stage 4,
 * since daily-life integration builds on strength that has to be trained first.
 *
 * @param stage the suggested stage, 1 to 3
 * @param reasons why
 */
public record StartingStage(Stage stage, List<Reason> reasons) {

	public static final int IRRITABLE_NPRS = 6;

	public static final int GUARDING_HOLD_SECONDS = 10;

	public static final int GUARDING_FEAR = 7;

	public static final int STIFF_MORNING_MINUTES = 30;

	public StartingStage {
		reasons = List.copyOf(reasons);
		if (stage == Stage.INTEGRATE_INTO_DAILY_LIFE) {
			throw new IllegalArgumentException("A program never starts beyond Stage 3");
		}
	}

	public static StartingStage suggest(Assessment assessment, PainPattern pattern) {
		List<Reason> irritable = new ArrayList<>();
		if (assessment.pain().now().value() >= IRRITABLE_NPRS) {
			irritable.add(new Reason("stage.pain-now", List.of(String.valueOf(assessment.pain().now().value()))));
		}
		PhysicalChecks checks = assessment.physicalChecks();
		if (checks.proneHoldCrampedOrShook() && checks.proneHoldSeconds() < GUARDING_HOLD_SECONDS) {
			irritable.add(new Reason("stage.guarding-hold"));
		}
		if (assessment.sleepAndHabits().fearOfMovement() >= GUARDING_FEAR) {
			irritable.add(new Reason("stage.guarding-fear"));
		}
		if (pattern.involvesNerve()) {
			irritable.add(new Reason("stage.nerve"));
		}
		if (assessment.durationBand() == DurationBand.ACUTE) {
			irritable.add(new Reason("stage.acute"));
		}
		if (!irritable.isEmpty()) {
			return new StartingStage(Stage.CALM_AND_UNLOAD, irritable);
		}
		List<Reason> stiff = new ArrayList<>();
		if (checks.sideBendLeft() == SideBend.STIFF || checks.sideBendRight() == SideBend.STIFF) {
			stiff.add(new Reason("stage.stiff-side-bend"));
		}
		if (checks.forwardBend() != ForwardBend.COMFORTABLE) {
			stiff.add(new Reason("stage.stiff-forward-bend"));
		}
		if (assessment.behaviour().morningStiffnessMinutes() > STIFF_MORNING_MINUTES) {
			stiff.add(new Reason("stage.stiff-morning"));
		}
		if (!stiff.isEmpty()) {
			return new StartingStage(Stage.RESTORE_MOBILITY, stiff);
		}
		return new StartingStage(Stage.STRENGTHEN_AND_COORDINATE, List.of(new Reason("stage.calm-and-free")));
	}

	public static StartingStage suggest(Assessment assessment) {
		return suggest(assessment, PainPatternClassifier.classify(assessment).pattern());
	}

}
