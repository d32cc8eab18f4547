package org.fourstage.domain.account;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What makes a password acceptable, after NIST SP 800-63B and OWASP ASVS 5.0: length
 * rather than composition rules, and no password that attackers try first.
 * <p>
 * Length is counted in Unicode code points, so a passphrase in any script counts each
 * character once. Nothing is ever truncated: a password over the maximum is refused, not
 * shortened. There is no rule about digits or symbols and no forced periodic change.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 15;

	public static final int MAX_LENGTH = 128;

	private final Predicate<String> common;

	/**
	 * @param common tells whether a lower-cased password is in the common-password list
	 */
	public PasswordPolicy(Predicate<String> common) {
		this.common = common;
	}

	/**
	 * Checks a password chosen for an account.
	 * @param password the password exactly as typed
	 * @param email the account's email address
	 * @return the first problem found, or empty when the password is acceptable
	 */
	public Optional<PasswordProblem> check(String password, EmailAddress email) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(PasswordProblem.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(PasswordProblem.TOO_LONG);
		}
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (isCommon(lower)) {
			return Optional.of(PasswordProblem.TOO_COMMON);
		}
		String localPart = email.value().substring(0, email.value().indexOf('@'));
		if (lower.equals(email.value()) || lower.equals(localPart)) {
			return Optional.of(PasswordProblem.SAME_AS_EMAIL);
		}
		return Optional.empty();
	}

	/**
	 * A listed password, or one that guessers build first: a listed password or a short
	 * unit repeated ("passwordpassword", "abcabcabcabcabc"), or a run along the digits,
	 * the alphabet or the keyboard ("1234567890123456"), or a listed password padded with
	 * digits and symbols only ("password12345678", "monkey!!!!!!!!!!").
	 */
	private boolean isCommon(String lower) {
		if (this.common.test(lower)) {
			return true;
		}
		String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
		if (!core.equals(lower) && this.common.test(core)) {
			return true;
		}
		for (int unit = 1; unit <= lower.length() / 2; unit++) {
			if (lower.length() % unit != 0) {
				continue;
			}
			String part = lower.substring(0, unit);
			if (part.repeat(lower.length() / unit).equals(lower) && (unit <= 4 || this.common.test(part))) {
				return true;
			}
		}
		return RUNS.stream().anyMatch((run) -> run.repeat(1 + lower.length() / run.length() + 1).contains(lower));
	}

	private static final java.util.List<String> RUNS = java.util.List.of("1234567890", "0987654321",
			"abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm",
			"azertyuiopqsdfghjklmwxcvbn");

}
