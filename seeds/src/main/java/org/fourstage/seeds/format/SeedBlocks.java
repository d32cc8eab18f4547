package org.fourstage.seeds.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads seed files. The format, line by line:
 * <ul>
 * <li>blank lines and lines starting with {@code #} are ignored;</li>
 * <li>{@code [name]} starts a block; names are unique within a file;</li>
 * <li>{@code key: value} adds an entry to the current block;</li>
 * <li>a line starting with whitespace continues the previous value, joined by a
 * space.</li>
 * </ul>
 */
public final class SeedBlocks {

	private SeedBlocks() {
	}

	/**
	 * Reads a UTF-8 seed file that sits beside a class on the classpath.
	 * @param anchor the class whose package holds the file
	 * @param resource the file name
	 * @return the blocks, in file order
	 */
	public static List<SeedBlock> read(Class<?> anchor, String resource) {
		try (InputStream in = anchor.getResourceAsStream(resource)) {
			if (in == null) {
				throw new SeedFormatException(resource + " is missing beside " + anchor.getName());
			}
			return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses seed text.
	 * @param source the name used in error messages
	 * @param text the text
	 * @return the blocks, in order
	 */
	public static List<SeedBlock> parse(String source, Reader text) {
		List<SeedBlock> blocks = new ArrayList<>();
		Set<String> names = new HashSet<>();
		String name = null;
		int header = 0;
		List<SeedEntry> entries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(text)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				String stripped = line.strip();
				if (stripped.isEmpty() || stripped.startsWith("#")) {
					continue;
				}
				if (Character.isWhitespace(line.charAt(0))) {
					if (entries.isEmpty()) {
						throw new SeedFormatException(
								source + " line " + number + ": a continuation needs a key line above it");
					}
					SeedEntry last = entries.remove(entries.size() - 1);
					entries.add(new SeedEntry(last.key(), last.value() + " " + stripped, last.line()));
					continue;
				}
				if (stripped.startsWith("[") && stripped.endsWith("]")) {
					if (name != null) {
						blocks.add(new SeedBlock(source, name, header, entries));
					}
					name = stripped.substring(1, stripped.length() - 1).strip();
					if (name.isEmpty() || !names.add(name)) {
						throw new SeedFormatException(
								source + " line " + number + ": block name '" + name + "' is empty or repeated");
					}
					header = number;
					entries = new ArrayList<>();
					continue;
				}
				int colon = stripped.indexOf(':');
				if (name == null || colon <= 0) {
					throw new SeedFormatException(
							source + " line " + number + ": expected [name] or 'key: value', found '" + stripped + "'");
				}
				String value = stripped.substring(colon + 1).strip();
				if (value.isEmpty()) {
					throw new SeedFormatException(source + " line " + number + ": '" + stripped + "' has no value");
				}
				entries.add(new SeedEntry(stripped.substring(0, colon).strip(), value, number));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (name != null) {
			blocks.add(new SeedBlock(source, name, header, entries));
		}
		return List.copyOf(blocks);
	}

}
