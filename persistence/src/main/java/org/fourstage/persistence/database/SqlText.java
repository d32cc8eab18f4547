package org.fourstage.persistence.database;

import java.util.Locale;

/**
 * Search text for SQL {@code LIKE ... ESCAPE '\'}: what a person types is matched as
 * plain text, so "%" and "_" in a search find themselves rather than everything.
 */
public final class SqlText {

	private SqlText() {
	}

	/**
	 * A case-folded pattern matching any text that contains the query; compare it with
	 * {@code lower(column) LIKE :pattern ESCAPE '\'}.
	 * @param query what was typed; blank matches everything
	 * @return the pattern
	 */
	public static String containing(String query) {
		String plain = query.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + plain + "%";
	}

}
