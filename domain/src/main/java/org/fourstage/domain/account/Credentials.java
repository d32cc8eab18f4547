package org.fourstage.domain.account;

import org.jspecify.annotations.Nullable;

/**
 * An account with its stored password hash, for checking a sign-in.
 *
 * @param account the account
 * @param passwordHash the encoded password, none until its owner sets one
 */
public record Credentials(Account account, @Nullable String passwordHash) {

}
