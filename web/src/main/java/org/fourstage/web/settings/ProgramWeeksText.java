package org.fourstage.web.settings;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;

/**
 * Program weeks as an admin types them: numbers separated by commas or spaces, such as
 * {@code 0, 6, 12}, each week once and from the earliest to the latest. Empty means the
 * questionnaire is not scheduled. Whether the weeks are within the program's bounds is
 * the domain's rule ({@link MeasurementSchedule}).
 */
final class ProgramWeeksText {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

	/** Longer numbers than this are out of range whatever their value. */
	private static final int MOST_DIGITS = 3;

	private ProgramWeeksText() {
	}

	/**
	 * Reads the weeks of one field.
	 * @param field the field, named in a refusal
	 * @param text what was typed
	 * @return the weeks, or why they could not be read
	 */
	static Validated<SortedSet<Integer>> parse(String field, String text) {
		SortedSet<Integer> weeks = new TreeSet<>();
		int previous = -1;
		boolean outOfRange = false;
		for (String part : SEPARATORS.split(text.strip())) {
			if (part.isEmpty()) {
				continue;
			}
			if (!WHOLE_NUMBER.matcher(part).matches()) {
				return Validated.invalid(Violations.of(field, "schedule.weeks.format",
						"Write week numbers separated by commas, such as 0, 6, 12."));
			}
			String digits = part.startsWith("-") ? part.substring(1) : part;
			if (part.startsWith("-") || digits.length() > MOST_DIGITS) {
				outOfRange = true;
				continue;
			}
			int week = Integer.parseInt(digits);
			if (week <= previous) {
				return Validated.invalid(Violations.of(field, "schedule.weeks.order",
						"List each week once, from the earliest to the latest."));
			}
			weeks.add(week);
			previous = week;
		}
		if (outOfRange) {
			return Validated.invalid(Violations.of(field, "schedule.weeks.range", "Give weeks from 0 to 52."));
		}
		return Validated.valid(weeks);
	}

	/**
	 * Weeks as the field shows them.
	 * @param weeks the weeks
	 * @return them, such as {@code 0, 6, 12}
	 */
	static String format(SortedSet<Integer> weeks) {
		return String.join(", ", weeks.stream().map(String::valueOf).toList());
	}

}
