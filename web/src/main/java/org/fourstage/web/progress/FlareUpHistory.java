package org.fourstage.web.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.reporting.tracking.FlareUpRecord;

/**
 * A patient's flare-ups for the physio: each one newest first, and how often each trigger
 * was named.
 *
 * @param flareUps every flare-up, newest first
 * @param triggers each trigger named, with how many flare-ups named it, most often first
 * (of equal counts in the order of the triggers)
 */
record FlareUpHistory(List<FlareUpRecord> flareUps, Map<FlareTrigger, Long> triggers) {

	static FlareUpHistory of(List<FlareUpRecord> oldestFirst) {
		List<FlareUpRecord> newestFirst = new ArrayList<>(oldestFirst);
		java.util.Collections.reverse(newestFirst);
		Map<FlareTrigger, Long> counts = new EnumMap<>(FlareTrigger.class);
		oldestFirst.forEach((flareUp) -> counts.merge(flareUp.trigger(), 1L, Long::sum));
		Map<FlareTrigger, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<FlareTrigger, Long>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return new FlareUpHistory(List.copyOf(newestFirst), sorted);
	}

}
