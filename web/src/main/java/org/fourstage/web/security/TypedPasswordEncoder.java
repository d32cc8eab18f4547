package org.fourstage.web.security;

import org.fourstage.domain.validation.FreeText;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes passwords with the encoder it wraps, but treats a typed password holding a
 * character no text may hold (half a surrogate pair, a NUL) as simply wrong: the hashing
 * library cannot turn such text into bytes and would fail the sign-in with an error
 * instead of the normal "wrong address or password" answer.
 */
final class TypedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder hashing;

	TypedPasswordEncoder(PasswordEncoder hashing) {
		this.hashing = hashing;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		if (!FreeText.isStorable(rawPassword.toString())) {
			throw new IllegalArgumentException("A password cannot hold control characters");
		}
		return this.hashing.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return FreeText.isStorable(rawPassword.toString()) && this.hashing.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.hashing.upgradeEncoding(encodedPassword);
	}

}
