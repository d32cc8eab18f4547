package org.fourstage.domain.alert;

import java.time.Instant;
import java.util.Objects;

import org.fourstage.domain.identity.AccountId;

/**
 * A physio's answer to an alert.
 *
 * @param decision what was done and why
 * @param by the physio
 * @param at when
 */
public record Acknowledgement(AlertDecision decision, AccountId by, Instant at) {

	public Acknowledgement {
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(at, "at");
	}

}
