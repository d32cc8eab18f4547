package org.fourstage.reporting.tracking;

import java.time.LocalDate;
import java.util.List;

import org.fourstage.domain.tracking.PainDiary;

/**
 * Everything tracked of one patient over a period, each list oldest first.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param sessions exercise sessions done in the period
 * @param checkIns check-ins of the period
 * @param flareUps flare-ups that began in the period
 * @param stageMoves every stage move of the patient's program, also those before the
 * period (the stage a period begins in comes from them)
 * @param assessments completed assessments of the period
 * @param disabilityScores disability index scores entered in the period
 */
public record TrackingHistory(LocalDate from, LocalDate to, List<SessionRecord> sessions, List<CheckInRecord> checkIns,
		List<FlareUpRecord> flareUps, List<StageMoveRecord> stageMoves, List<AssessmentRecord> assessments,
		List<DisabilityScore> disabilityScores) {

	public TrackingHistory {
		sessions = List.copyOf(sessions);
		checkIns = List.copyOf(checkIns);
		flareUps = List.copyOf(flareUps);
		stageMoves = List.copyOf(stageMoves);
		assessments = List.copyOf(assessments);
		disabilityScores = List.copyOf(disabilityScores);
	}

	/**
	 * The daily pain of the check-ins, for averages and spikes.
	 * @return the diary
	 */
	public PainDiary painDiary() {
		return new PainDiary(this.checkIns.stream().map(CheckInRecord::dailyPain).toList());
	}

}
