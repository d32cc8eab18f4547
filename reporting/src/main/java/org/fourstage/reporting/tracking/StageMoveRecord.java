package org.fourstage.reporting.tracking;

import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.program.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A move of the patient's program to a stage; the first assignment is one too.
 *
 * @param id the move
 * @param from the stage before; null for the assignment
 * @param to the stage after
 * @param reason the physio's reason
 * @param movedBy the name of who moved it
 * @param movedAt when
 */
public record StageMoveRecord(UUID id, @Nullable Stage from, Stage to, String reason, String movedBy, Instant movedAt) {
}
