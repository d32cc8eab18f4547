package org.fourstage.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret part of a one-time link. Only its hash is stored, so reading the database
 * does not yield a working link.
 *
 * @param value the secret, URL-safe
 */
public record OneTimeToken(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A new unguessable token of 256 random bits.
	 * @return the token
	 */
	public static OneTimeToken random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new OneTimeToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/**
	 * The hash under which the token is stored.
	 * @return the SHA-256 of the token, in hex
	 */
	public String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
