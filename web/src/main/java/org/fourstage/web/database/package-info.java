/**
 * Which PostgreSQL the application uses: the server named by
 * {@code SPRING_DATASOURCE_URL}, or else an embedded one whose cluster lives in the data
 * folder.
 */
@NullMarked
package org.fourstage.web.database;

import org.jspecify.annotations.NullMarked;
