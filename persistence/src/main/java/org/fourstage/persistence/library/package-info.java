/**
 * The exercise library and program templates in PostgreSQL. Shared library rows
 * (clinic_id NULL) are read by every clinic; every query adds the caller's clinic, so one
 * clinic's rows never reach another.
 */
@NullMarked
package org.fourstage.persistence.library;

import org.jspecify.annotations.NullMarked;
