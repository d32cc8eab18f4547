package org.fourstage.web.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The physio's reason for recording a clinical override of a red flag.
 *
 * @param reason the reason as typed
 */
record OverrideForm(@Nullable String reason) {

}
