package org.fourstage.seeds.format;

/**
 * A seed file that cannot be read as intended. The message names the file and line, since
 * the person fixing it is editing text, not code.
 */
public class SeedFormatException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public SeedFormatException(String message) {
		super(message);
	}

	public SeedFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
