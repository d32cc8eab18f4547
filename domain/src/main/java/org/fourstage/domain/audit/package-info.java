/**
 * The audit trail: who did what, to which record and patient, when, from where, and how
 * it ended. Entries are only ever added.
 */
@NullMarked
package org.fourstage.domain.audit;

import org.jspecify.annotations.NullMarked;
