/**
 * Who may do what: sign-in with email and password, roles, sessions kept in PostgreSQL,
 * the sign-in throttle, password rules, and the HTTP security headers.
 */
@NullMarked
package org.fourstage.web.security;

import org.jspecify.annotations.NullMarked;
