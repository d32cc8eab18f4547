package org.fourstage.reporting.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * What the pain chart shows between two days. Figures outside the span are left out.
 *
 * @param from the first day shown
 * @param to the last day shown, after from
 * @param morning morning pain of the check-ins
 * @param evening evening pain of the check-ins
 * @param beforeSession pain before exercise sessions
 * @param afterSession pain after exercise sessions
 * @param flareUps flare-ups
 * @param stages the stages over the span
 */
public record PainTrendData(LocalDate from, LocalDate to, List<DatedValue> morning, List<DatedValue> evening,
		List<DatedValue> beforeSession, List<DatedValue> afterSession, List<FlareUpMarker> flareUps,
		List<StageBand> stages) {

	public PainTrendData {
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("The chart needs at least two days");
		}
		morning = List.copyOf(morning);
		evening = List.copyOf(evening);
		beforeSession = List.copyOf(beforeSession);
		afterSession = List.copyOf(afterSession);
		flareUps = List.copyOf(flareUps);
		stages = List.copyOf(stages);
	}

}
