/**
 * The exercise library, program templates and each clinic's progression thresholds in
 * PostgreSQL. Shared rows (clinic_id NULL) are read by every clinic; every query adds the
 * caller's clinic, so one clinic's own exercises and templates never reach another.
 */
@NullMarked
package org.fourstage.persistence.program;

import org.jspecify.annotations.NullMarked;
