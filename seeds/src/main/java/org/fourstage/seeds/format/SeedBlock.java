package org.fourstage.seeds.format;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A named block of a seed file: {@code [name]} followed by its entries.
 *
 * @param source the file it came from
 * @param name the name between the brackets
 * @param line the line of the header
 * @param entries the entries, in file order
 */
public record SeedBlock(String source, String name, int line, List<SeedEntry> entries) {

	public SeedBlock {
		entries = List.copyOf(entries);
	}

	/**
	 * The value of a key that must appear exactly once.
	 * @param key the key
	 * @return its value
	 * @throws SeedFormatException when the key is missing or repeated
	 */
	public String one(String key) {
		List<SeedEntry> found = entries(key);
		if (found.size() != 1) {
			throw error((found.isEmpty() ? "has no '" : "repeats '") + key + "'");
		}
		return found.get(0).value();
	}

	/**
	 * The values of a key that may repeat, in file order.
	 * @param key the key
	 * @return the values; empty when the key does not appear
	 */
	public List<String> all(String key) {
		return entries(key).stream().map(SeedEntry::value).toList();
	}

	/**
	 * Fails when the block holds a key outside the expected ones, so a typo such as
	 * {@code cautoin} is caught instead of silently dropped.
	 * @param allowed the keys the block may hold
	 */
	public void requireOnlyKeys(Set<String> allowed) {
		Set<String> unknown = this.entries.stream()
			.map(SeedEntry::key)
			.filter((key) -> !allowed.contains(key))
			.collect(Collectors.toCollection(TreeSet::new));
		if (!unknown.isEmpty()) {
			throw error("has unknown keys " + unknown);
		}
	}

	/**
	 * An error about this block, naming file, block and line.
	 * @param problem what is wrong
	 * @return the exception to throw
	 */
	public SeedFormatException error(String problem) {
		return new SeedFormatException(this.source + " line " + this.line + ": [" + this.name + "] " + problem);
	}

	private List<SeedEntry> entries(String key) {
		return this.entries.stream().filter((entry) -> entry.key().equals(key)).toList();
	}

}
