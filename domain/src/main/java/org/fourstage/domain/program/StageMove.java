package org.fourstage.domain.program;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A patient's move between stages, with the physio's reason.
 *
 * @param from the stage left, none for the first assignment
 * @param to the stage entered
 * @param reason why
 * @param movedBy who decided
 * @param movedAt when
 */
public record StageMove(@Nullable Stage from, Stage to, String reason, String movedBy, Instant movedAt) {

	public static final int MAX_REASON_LENGTH = 1000;

}
