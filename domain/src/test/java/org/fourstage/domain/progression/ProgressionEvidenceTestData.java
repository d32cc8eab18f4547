package org.fourstage.domain.progression;

import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Adherence;
import org.fourstage.domain.tracking.FlareUpReport;
import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.SideBend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Evidence that meets every criterion to leave a stage, with overrides for the one input
 * a test is about.
 */
final class ProgressionEvidenceTestData {

	private Stage stage;

	private @Nullable Double average = 3.0;

	private @Nullable Double start = 6.0;

	private @Nullable Integer flareFreeDays = 30;

	private @Nullable Adherence adherence = new Adherence(9, 10);

	private @Nullable SideBend left = SideBend.FREE;

	private @Nullable SideBend right = SideBend.FREE;

	private @Nullable ForwardBend forward = ForwardBend.COMFORTABLE;

	private @Nullable Integer hold = 30;

	private @Nullable Boolean cramped = false;

	private List<FlareUpReport> flareUps = new ArrayList<>();

	/** When the stage of every test began. */
	static final Instant STAGE_START = Instant.parse("2026-11-02T09:00:00Z");

	private @Nullable RedFlagTimeline redFlags = RedFlagTimeline.noneFound(STAGE_START);

	private @Nullable Boolean neurological = false;

	private ProgressionEvidenceTestData(Stage stage) {
		this.stage = stage;
	}

	static ProgressionEvidenceTestData readyToLeave(Stage stage) {
		return new ProgressionEvidenceTestData(stage);
	}

	ProgressionEvidenceTestData withAverage(@Nullable Double average) {
		this.average = average;
		return this;
	}

	ProgressionEvidenceTestData withStageStart(@Nullable Double start) {
		this.start = start;
		return this;
	}

	ProgressionEvidenceTestData withFlareFreeDays(@Nullable Integer days) {
		this.flareFreeDays = days;
		return this;
	}

	ProgressionEvidenceTestData withAdherence(@Nullable Adherence adherence) {
		this.adherence = adherence;
		return this;
	}

	ProgressionEvidenceTestData withSideBends(@Nullable SideBend left, @Nullable SideBend right) {
		this.left = left;
		this.right = right;
		return this;
	}

	ProgressionEvidenceTestData withForwardBend(@Nullable ForwardBend forward) {
		this.forward = forward;
		return this;
	}

	ProgressionEvidenceTestData withHold(@Nullable Integer seconds, @Nullable Boolean cramped) {
		this.hold = seconds;
		this.cramped = cramped;
		return this;
	}

	ProgressionEvidenceTestData withFlareUp(FlareUpReport flareUp) {
		this.flareUps.add(flareUp);
		return this;
	}

	/**
	 * A re-check with or without a red flag found a day after the stage began, or none.
	 * @param redFlag whether a new red flag was found; null for no re-check
	 * @return this
	 */
	ProgressionEvidenceTestData withRedFlag(@Nullable Boolean redFlag) {
		this.redFlags = (redFlag == null) ? null : timeline(redFlag);
		return this;
	}

	ProgressionEvidenceTestData withRedFlags(@Nullable RedFlagTimeline redFlags) {
		this.redFlags = redFlags;
		return this;
	}

	static RedFlagTimeline timeline(boolean newRedFlag) {
		return newRedFlag ? new RedFlagTimeline(
				List.of(new RedFlagFinding(RedFlag.SADDLE_NUMBNESS, STAGE_START.plusSeconds(86400))), STAGE_START, null)
				: RedFlagTimeline.noneFound(STAGE_START);
	}

	ProgressionEvidenceTestData withNeurologicalSign(@Nullable Boolean sign) {
		this.neurological = sign;
		return this;
	}

	ProgressionEvidence build() {
		return new ProgressionEvidence(this.stage, this.average, this.start, this.flareFreeDays, this.adherence,
				this.left, this.right, this.forward, this.hold, this.cramped, this.flareUps, this.redFlags,
				this.neurological);
	}

}
