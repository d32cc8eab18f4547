package org.fourstage.domain.progression;

import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.tracking.EntryRef;
import org.jspecify.annotations.Nullable;

/**
 * The movement checks of the latest re-assessment.
 *
 * @param assessment the re-assessment
 * @param sideBendLeft side-bend to the left, or null when not checked
 * @param sideBendRight side-bend to the right, or null when not checked
 * @param forwardBend forward bend, or null when not checked
 */
public record Recheck(EntryRef assessment, @Nullable SideBend sideBendLeft, @Nullable SideBend sideBendRight,
		@Nullable ForwardBend forwardBend) {

}
