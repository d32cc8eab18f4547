package org.fourstage.web.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.program.Stage;
import org.fourstage.reporting.tracking.StageMoveRecord;

/**
 * The days a patient spent in one stage, worked out of the stage moves: a stage lasts
 * from the day of its move to the day before the next move, the current one to today. Of
 * several moves on one day the last counts.
 *
 * @param stage the stage
 * @param from its first day
 * @param to its last day
 */
record StageSpan(Stage stage, LocalDate from, LocalDate to) {

	static List<StageSpan> of(List<StageMoveRecord> moves, ZoneId zone, LocalDate today) {
		List<StageSpan> spans = new ArrayList<>();
		for (int i = 0; i < moves.size(); i++) {
			LocalDate from = moves.get(i).movedAt().atZone(zone).toLocalDate();
			LocalDate to = (i + 1 < moves.size()) ? moves.get(i + 1).movedAt().atZone(zone).toLocalDate().minusDays(1)
					: today;
			if (!to.isBefore(from)) {
				spans.add(new StageSpan(moves.get(i).to(), from, to));
			}
		}
		return spans;
	}

}
