/**
 * The database itself: the embedded PostgreSQL server used when no external one is
 * configured. Schema migrations live in {@code db/migration} on the classpath.
 */
@NullMarked
package org.fourstage.persistence.database;

import org.jspecify.annotations.NullMarked;
