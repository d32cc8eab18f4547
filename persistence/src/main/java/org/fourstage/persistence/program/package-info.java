/**
 * Programs, their versions and stage moves in PostgreSQL.
 */
@NullMarked
package org.fourstage.persistence.program;

import org.jspecify.annotations.NullMarked;
