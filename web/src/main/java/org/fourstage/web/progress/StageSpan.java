package org.fourstage.web.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.ExerciseDays;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.PrescribedDays;
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
public record StageSpan(Stage stage, LocalDate from, LocalDate to) {

	/**
	 * The stages of a patient's program.
	 * @param moves the stage moves, oldest first
	 * @param zone the clinic's time zone
	 * @param today the last day of the current stage
	 * @return the stages, oldest first
	 */
	public static List<StageSpan> of(List<StageMoveRecord> moves, ZoneId zone, LocalDate today) {
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

	/**
	 * The days a session was prescribed: the exercise days of each stage, as the program
	 * prescribes that stage now ({@link ExerciseDays}). Without any stage move the
	 * current stage counts from the day the program was assigned.
	 * @param spans the stages, oldest first
	 * @param program the program
	 * @param zone the clinic's time zone
	 * @param today the last day
	 * @return the prescribed days
	 */
	public static PrescribedDays prescribedDays(List<StageSpan> spans, AssignedProgram program, ZoneId zone,
			LocalDate today) {
		List<StageSpan> stages = spans.isEmpty()
				? List.of(new StageSpan(program.currentStage(), program.assignedAt().atZone(zone).toLocalDate(), today))
				: spans;
		List<LocalDate> days = new ArrayList<>();
		for (StageSpan span : stages) {
			ExerciseDays exerciseDays = ExerciseDays.of(program.program().stage(span.stage()));
			days.addAll(PrescribedDays.weekly(exerciseDays.days(), span.from(), span.to()).days());
		}
		return PrescribedDays.of(days);
	}

}
