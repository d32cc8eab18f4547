/**
 * Urgent alerts for the physio: which entries raise one ({@link AlertRules}: red-flag
 * signs or new nerve signs with a flare-up, a pain spike over the 7-day average), the
 * alert as kept ({@link Alert}) and how a physio answers it ({@link AlertDecision}). An
 * alert names the entry that raised it, so the same entry never raises the same kind
 * twice. Pure values; the port says where alerts are kept.
 */
@NullMarked
package org.fourstage.domain.alert;

import org.jspecify.annotations.NullMarked;
