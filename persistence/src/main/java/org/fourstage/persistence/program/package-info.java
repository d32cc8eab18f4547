/**
 * Programs with their versions and stage moves in PostgreSQL. Every query adds the
 * caller's clinic, so one clinic's rows never reach another.
 */
@NullMarked
package org.fourstage.persistence.program;

import org.jspecify.annotations.NullMarked;
