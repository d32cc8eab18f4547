package org.fourstage.persistence.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.DosageField;
import org.fourstage.domain.program.ExerciseSide;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The dosage columns shared by {@code exercises} and {@code template_entries}: one column
 * per {@link DosageField}, named after its key in snake case, plus {@code side}. Query
 * parameters are named after the keys.
 */
final class DosageColumns {

	/** The column list, for SELECT and INSERT. */
	static final String NAMES = Arrays.stream(DosageField.values())
		.map(DosageColumns::column)
		.collect(Collectors.joining(", ")) + ", side";

	/** The parameter list matching {@link #NAMES}. */
	static final String PARAMETERS = Arrays.stream(DosageField.values())
		.map((field) -> ":" + field.key())
		.collect(Collectors.joining(", ")) + ", :side";

	/** Assignments for an UPDATE. */
	static final String ASSIGNMENTS = Arrays.stream(DosageField.values())
		.map((field) -> column(field) + " = :" + field.key())
		.collect(Collectors.joining(", ")) + ", side = :side";

	private DosageColumns() {
	}

	static StatementSpec bind(StatementSpec statement, @Nullable Dosage dosage) {
		for (DosageField field : DosageField.values()) {
			statement.param(field.key(), (dosage != null) ? dosage.get(field) : null, java.sql.Types.SMALLINT);
		}
		ExerciseSide side = (dosage != null) ? dosage.side() : null;
		return statement.param("side", (side != null) ? side.name() : null, java.sql.Types.VARCHAR);
	}

	static Dosage read(ResultSet row) throws SQLException {
		Dosage.Builder builder = Dosage.builder();
		for (DosageField field : DosageField.values()) {
			int value = row.getInt(column(field));
			builder.set(field, row.wasNull() ? null : value);
		}
		String side = row.getString("side");
		return builder.side((side != null) ? ExerciseSide.valueOf(side) : null).build();
	}

	static String column(DosageField field) {
		return field.key().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

}
