/**
 * The append-only {@code audit_events} table.
 */
@NullMarked
package org.fourstage.persistence.audit;

import org.jspecify.annotations.NullMarked;
