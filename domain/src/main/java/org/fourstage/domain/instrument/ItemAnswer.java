package org.fourstage.domain.instrument;

import org.jspecify.annotations.Nullable;

/**
 * The answer to one item, as stored. A skipped item is kept as an answer without a value,
 * so the record shows it was seen and left out.
 *
 * @param itemId the item answered
 * @param value the chosen option's value, or {@code null} when skipped
 * @param patientLabel what the patient named the item, for items named by the patient
 */
public record ItemAnswer(String itemId, @Nullable Integer value, @Nullable String patientLabel) {

	public static ItemAnswer of(String itemId, int value) {
		return new ItemAnswer(itemId, value, null);
	}

	public static ItemAnswer skipped(String itemId) {
		return new ItemAnswer(itemId, null, null);
	}

	public static ItemAnswer namedActivity(String itemId, String activity, int value) {
		return new ItemAnswer(itemId, value, activity);
	}

	public boolean isSkipped() {
		return this.value == null;
	}

}
