/**
 * What a patient reports between visits: {@link org.fourstage.domain.tracking.Adherence}
 * to the prescribed sessions and {@link org.fourstage.domain.tracking.FlareUpReport
 * flare-ups}. Sessions and check-ins will live here too. Pure values.
 */
@NullMarked
package org.fourstage.domain.tracking;

import org.jspecify.annotations.NullMarked;
