/**
 * The {@link org.fourstage.domain.identity.AccountId} by which every feature says who
 * acted: the author of a note or an assessment, the registrar of a patient, the actor of
 * an audit entry. It lives below both {@code account} (whose patient accounts name a
 * patient record) and {@code patient} (whose records name the account that wrote them),
 * so those two do not depend on each other.
 */
@NullMarked
package org.fourstage.domain.identity;

import org.jspecify.annotations.NullMarked;
