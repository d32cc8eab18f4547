package org.fourstage.web.program;

import java.time.LocalDate;

import org.fourstage.domain.progression.CriterionSource;
import org.jspecify.annotations.Nullable;

/**
 * One entry a criterion of the advice rests on, ready for the page: what was taken from
 * it, its day, and its value either as a message key (a re-check's result) or as a
 * figure.
 *
 * @param measure the measure's name, which picks the message
 * @param day the day of the entry
 * @param valueKey the message key of the value, or null when the value is a figure
 * @param value the figure (a share done as a whole percent); empty when the key words it
 */
record SourceLine(String measure, LocalDate day, @Nullable String valueKey, String value) {

	static SourceLine of(CriterionSource source) {
		String measure = source.measure().name();
		LocalDate day = source.entry().day();
		String value = source.value();
		return switch (source.measure()) {
			case SIDE_BEND_LEFT, SIDE_BEND_RIGHT -> new SourceLine(measure, day, "assessment.sideBend." + value, "");
			case FORWARD_BEND -> new SourceLine(measure, day, "assessment.forwardBend." + value, "");
			case ENDURANCE_HOLD_CRAMPED -> new SourceLine(measure, day, "advice.source.cramped." + value, "");
			case SESSION_DONE_SHARE ->
				new SourceLine(measure, day, null, String.valueOf(Math.round(Double.parseDouble(value) * 100)));
			default -> new SourceLine(measure, day, null, value);
		};
	}

}
