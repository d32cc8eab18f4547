/**
 * The audit trail as the clinic admin reads it: filtered, newest first, paged.
 */
@NullMarked
package org.fourstage.reporting.audit;

import org.jspecify.annotations.NullMarked;
