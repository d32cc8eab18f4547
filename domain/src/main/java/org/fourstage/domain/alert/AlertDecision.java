package org.fourstage.domain.alert;

import java.util.Objects;

import org.fourstage.domain.validation.FreeText;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * What the physio did about an alert, with the reason. A reason is required when nothing
 * was done, so the record says why an urgent sign was let be; with any other action it is
 * optional.
 *
 * @param action what was done
 * @param reason why, in the physio's words; empty when not given
 */
public record AlertDecision(AlertAction action, String reason) {

	/** A reason is a sentence or two. */
	public static final int MAX_REASON_LENGTH = 1000;

	public AlertDecision {
		Objects.requireNonNull(action, "action");
		reason = reason.strip();
		if (!check(action, reason).isEmpty()) {
			throw new IllegalArgumentException("Not a valid decision on an alert: " + action);
		}
	}

	/**
	 * Checks a decision as typed.
	 * @param action the action chosen, may be missing
	 * @param reason the reason typed, may be missing
	 * @return the decision, or the problems on fields {@code action} and {@code reason}
	 */
	public static Validated<AlertDecision> validate(@Nullable AlertAction action, @Nullable String reason) {
		String text = (reason != null) ? reason.strip() : "";
		Violations violations = (action != null) ? check(action, text)
				: Violations.of("action", "alert.action.required", "Choose what you did.");
		if (action == null) {
			violations = violations.and(checkText(text));
		}
		return Validated.when(violations, () -> new AlertDecision(Objects.requireNonNull(action), text));
	}

	private static Violations check(AlertAction action, String reason) {
		if (action == AlertAction.NO_ACTION && reason.isEmpty()) {
			return Violations.of("reason", "alert.reason.required", "Say why no action is needed.");
		}
		return checkText(reason);
	}

	private static Violations checkText(String reason) {
		if (reason.length() > MAX_REASON_LENGTH) {
			return Violations.of("reason", "alert.reason.tooLong", "Use at most " + MAX_REASON_LENGTH + " characters.");
		}
		if (!FreeText.isStorable(reason)) {
			return Violations.of("reason", "validation.unstorable", "This holds a character that cannot be saved.");
		}
		if (FreeText.looksLikeMarkup(reason)) {
			return Violations.of("reason", "alert.reason.markup", "Please write plain text, without < and >.");
		}
		return Violations.none();
	}

}
