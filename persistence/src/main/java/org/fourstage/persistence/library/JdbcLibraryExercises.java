package org.fourstage.persistence.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.library.ExerciseFilter;
import org.fourstage.domain.library.ExerciseId;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.library.SeedChange;
import org.fourstage.domain.program.Stage;

import org.fourstage.persistence.database.SqlText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Library exercises kept in the {@code exercises} table.
 */
@Repository
class JdbcLibraryExercises implements LibraryExercises {

	private static final String COLUMNS = "id, clinic_id, code, name, stage, muscle_group, steps, cautions, "
			+ DosageColumns.NAMES;

	private static final String VISIBLE = "(clinic_id IS NULL OR clinic_id = :clinic)";

	private final JdbcClient jdbc;

	JdbcLibraryExercises(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LibraryExercise> search(ClinicId clinicId, ExerciseFilter filter) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM exercises WHERE " + VISIBLE
				+ " AND lower(name) LIKE :pattern ESCAPE '\\'");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("clinic", clinicId.value());
		params.put("pattern", SqlText.containing(filter.name()));
		if (filter.stage() != null) {
			sql.append(" AND stage = :stage");
			params.put("stage", filter.stage().number());
		}
		if (filter.target() != null) {
			sql.append(" AND muscle_group = :target");
			params.put("target", filter.target().name());
		}
		sql.append(" ORDER BY stage, lower(name), clinic_id NULLS FIRST");
		return this.jdbc.sql(sql.toString()).params(params).query(JdbcLibraryExercises::map).list();
	}

	@Override
	public Optional<LibraryExercise> find(ClinicId clinicId, ExerciseId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM exercises WHERE id = :id AND " + VISIBLE)
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.query(JdbcLibraryExercises::map)
			.optional();
	}

	@Override
	public Map<ExerciseCode, Exercise> byCode(ClinicId clinicId) {
		Map<ExerciseCode, Exercise> byCode = new LinkedHashMap<>();
		this.jdbc.sql("SELECT " + COLUMNS + " FROM exercises WHERE " + VISIBLE + " ORDER BY stage, lower(name)")
			.param("clinic", clinicId.value())
			.query(JdbcLibraryExercises::map)
			.list()
			.forEach((exercise) -> byCode.put(exercise.exercise().code(), exercise.exercise()));
		return byCode;
	}

	@Override
	public LibraryExercise addOwn(ClinicId clinicId, AccountId author, Exercise exercise) {
		if (sharedExists(exercise.code())) {
			throw new IllegalArgumentException("The shared library uses the code " + exercise.code() + " already");
		}
		StatementSpec insert = this.jdbc.sql("INSERT INTO exercises (clinic_id, created_by, code, name, stage, "
				+ "muscle_group, steps, cautions, " + DosageColumns.NAMES + ") VALUES (:clinic, :author, :code, "
				+ ":name, :stage, :target, :steps, :cautions, " + DosageColumns.PARAMETERS + ") RETURNING " + COLUMNS)
			.param("clinic", clinicId.value())
			.param("author", author.value());
		return content(insert, exercise).query(JdbcLibraryExercises::map).single();
	}

	@Override
	public SeedChange upsertShared(Exercise exercise) {
		Optional<LibraryExercise> stored = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM exercises WHERE clinic_id IS NULL AND code = :code")
			.param("code", exercise.code().value())
			.query(JdbcLibraryExercises::map)
			.optional();
		if (stored.isEmpty()) {
			content(this.jdbc.sql("INSERT INTO exercises (code, name, stage, muscle_group, steps, cautions, "
					+ DosageColumns.NAMES + ") VALUES (:code, :name, :stage, :target, :steps, :cautions, "
					+ DosageColumns.PARAMETERS + ")"), exercise)
				.update();
			return SeedChange.ADDED;
		}
		if (stored.get().exercise().equals(exercise)) {
			return SeedChange.UNCHANGED;
		}
		content(this.jdbc.sql("UPDATE exercises SET name = :name, stage = :stage, muscle_group = :target, "
				+ "steps = :steps, cautions = :cautions, " + DosageColumns.ASSIGNMENTS
				+ ", updated_at = now() WHERE clinic_id IS NULL AND code = :code"), exercise)
			.update();
		return SeedChange.UPDATED;
	}

	private boolean sharedExists(ExerciseCode code) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM exercises WHERE clinic_id IS NULL AND code = :code)")
			.param("code", code.value())
			.query(Boolean.class)
			.single();
	}

	private static StatementSpec content(StatementSpec statement, Exercise exercise) {
		statement.param("code", exercise.code().value())
			.param("name", exercise.name())
			.param("stage", exercise.stage().number())
			.param("target", exercise.target().name())
			.param("steps", exercise.steps().toArray(String[]::new))
			.param("cautions", exercise.cautions().toArray(String[]::new));
		return DosageColumns.bind(statement, exercise.defaultDosage());
	}

	static LibraryExercise map(ResultSet row, int rowNumber) throws SQLException {
		UUID clinic = row.getObject("clinic_id", UUID.class);
		Exercise exercise = new Exercise(ExerciseCode.of(row.getString("code")), row.getString("name"),
				Stage.ofNumber(row.getInt("stage")), MuscleGroup.valueOf(row.getString("muscle_group")),
				texts(row, "steps"), texts(row, "cautions"), DosageColumns.read(row));
		return new LibraryExercise(new ExerciseId(row.getObject("id", UUID.class)),
				(clinic != null) ? new ClinicId(clinic) : null, exercise);
	}

	static List<String> texts(ResultSet row, String column) throws SQLException {
		java.sql.Array array = row.getArray(column);
		return (array != null) ? new ArrayList<>(Arrays.asList((String[]) array.getArray())) : List.of();
	}

}
