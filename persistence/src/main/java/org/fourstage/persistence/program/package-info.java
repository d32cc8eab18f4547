/**
 * Programs with their versions and stage moves, the exercise library, program templates
 * and each clinic's progression thresholds in PostgreSQL. Shared library rows (clinic_id
 * NULL) are read by every clinic; every query adds the caller's clinic, so one clinic's
 * rows never reach another.
 */
@NullMarked
package org.fourstage.persistence.program;

import org.jspecify.annotations.NullMarked;
