/**
 * What patients report between visits, as use cases and pages: logging an exercise
 * session, the daily check-in and flare-ups, entered by the patient on their phone or by
 * a physio on the patient's behalf. Each use case checks the entry, keeps it once per
 * idempotency key and writes its audit entry in one transaction.
 */
@NullMarked
package org.fourstage.web.tracking;

import org.jspecify.annotations.NullMarked;
