/**
 * What people and orchestrators see while the database is unavailable: a friendly 503
 * page with the usual security headers instead of a hanging request or a bare server
 * error, and a database health check that answers DOWN within seconds.
 */
@NullMarked
package org.fourstage.web.availability;

import org.jspecify.annotations.NullMarked;
