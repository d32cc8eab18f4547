/**
 * Accounts and one-time password links in PostgreSQL.
 */
@NullMarked
package org.fourstage.persistence.account;

import org.jspecify.annotations.NullMarked;
