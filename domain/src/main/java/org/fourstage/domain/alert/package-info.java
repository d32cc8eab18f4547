/**
 * Urgent alerts for the physio once raised: the alert as kept ({@link Alert}) and how a
 * physio answers it ({@link AlertDecision}). Which entries raise one is the tracking
 * feature's alert rules. An alert names the entry that raised it, so the same entry never
 * raises the same kind twice. Pure values; the port says where alerts are kept.
 */
@NullMarked
package org.fourstage.domain.alert;

import org.jspecify.annotations.NullMarked;
