package org.fourstage.seeds.format;

/**
 * One {@code key: value} line of a seed block.
 *
 * @param key the key, as written
 * @param value the value, trimmed, with continuation lines joined by a space
 * @param line the line number the entry starts on, for error messages
 */
public record SeedEntry(String key, String value, int line) {

}
