/**
 * Each clinic's progression thresholds in PostgreSQL, read and written for the caller's
 * clinic only.
 */
@NullMarked
package org.fourstage.persistence.progression;

import org.jspecify.annotations.NullMarked;
