package org.fourstage.domain.progression;

import java.time.LocalDate;
import java.util.List;

import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.LoggedSession;
import org.fourstage.domain.tracking.PainDiary;
import org.fourstage.domain.tracking.PrescribedDays;
import org.jspecify.annotations.Nullable;

/**
 * The recorded data the advisor's evidence is worked out from (see
 * {@link TrackedEvidence}).
 *
 * @param currentStage the stage the patient is in
 * @param stageStartedOn the day the current stage began
 * @param today the day of the review
 * @param trackingSince the day tracking began (the program's assignment)
 * @param pain the daily pain of the check-ins
 * @param sessions the logged sessions
 * @param prescribed the days a session was prescribed
 * @param flareUps every flare-up of the program
 * @param recheck the latest re-assessment's movement checks, or null
 * @param enduranceHolds the prone endurance holds recorded
 * @param redFlags the red-flag timeline, or null when not re-checked since the stage
 * began
 * @param progressiveNeurologicalSign whether one appeared, or null when not checked
 */
public record TrackingFacts(Stage currentStage, LocalDate stageStartedOn, LocalDate today, LocalDate trackingSince,
		PainDiary pain, List<LoggedSession> sessions, PrescribedDays prescribed, List<ReportedFlareUp> flareUps,
		@Nullable Recheck recheck, List<EnduranceReading> enduranceHolds, @Nullable RedFlagTimeline redFlags,
		@Nullable Boolean progressiveNeurologicalSign) {

	public TrackingFacts {
		sessions = List.copyOf(sessions);
		flareUps = List.copyOf(flareUps);
		enduranceHolds = List.copyOf(enduranceHolds);
	}

}
