package org.fourstage.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The bundled list of the 10,000 most common passwords, lower case.
 */
final class CommonPasswordList implements Predicate<String> {

	private static final String RESOURCE = "/security/common-passwords.txt";

	private final Set<String> passwords;

	private CommonPasswordList(Set<String> passwords) {
		this.passwords = passwords;
	}

	static CommonPasswordList load() {
		try (InputStream in = CommonPasswordList.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			Set<String> passwords = new HashSet<>();
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				reader.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach(passwords::add);
			}
			return new CommonPasswordList(Set.copyOf(passwords));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		return this.passwords.size();
	}

	@Override
	public boolean test(String lowerCasePassword) {
		return this.passwords.contains(lowerCasePassword);
	}

}
