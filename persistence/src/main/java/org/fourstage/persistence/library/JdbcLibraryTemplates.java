package org.fourstage.persistence.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.library.SeedChange;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.library.TemplateEntry;
import org.fourstage.domain.library.TemplateId;
import org.fourstage.domain.library.TemplateStage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Program templates kept in {@code program_templates}, {@code template_stages} and
 * {@code template_entries}. Entries point at exercise rows, so an exercise a template
 * uses cannot disappear; a clinic's template may use shared exercises and its own.
 */
@Repository
class JdbcLibraryTemplates implements LibraryTemplates {

	private static final String COLUMNS = "id, clinic_id, code, name, description, version";

	private final JdbcClient jdbc;

	JdbcLibraryTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<LibraryTemplate> list(ClinicId clinicId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM program_templates WHERE clinic_id IS NULL OR clinic_id = :clinic "
					+ "ORDER BY clinic_id NULLS FIRST, lower(name), created_at")
			.param("clinic", clinicId.value())
			.query(Header::map)
			.list()
			.stream()
			.map(this::withContent)
			.toList();
	}

	@Override
	public Optional<LibraryTemplate> find(ClinicId clinicId, TemplateId id) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM program_templates WHERE id = :id "
					+ "AND (clinic_id IS NULL OR clinic_id = :clinic)")
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.query(Header::map)
			.optional()
			.map(this::withContent);
	}

	@Override
	@Transactional
	public LibraryTemplate addOwn(ClinicId clinicId, AccountId author, ProgramTemplate template,
			TemplateId copiedFrom) {
		Map<ExerciseCode, UUID> exercises = exerciseIds(clinicId, template);
		UUID id = this.jdbc
			.sql("INSERT INTO program_templates (clinic_id, code, name, description, copied_from, created_by, "
					+ "updated_by) VALUES (:clinic, :code, :name, :description, :copiedFrom, :author, :author) "
					+ "RETURNING id")
			.param("clinic", clinicId.value())
			.param("code", template.code())
			.param("name", template.name())
			.param("description", template.description())
			.param("copiedFrom", copiedFrom.value())
			.param("author", author.value())
			.query(UUID.class)
			.single();
		writeContent(id, exercises, template);
		return new LibraryTemplate(new TemplateId(id), clinicId, template, 0);
	}

	@Override
	@Transactional
	public boolean replaceOwn(ClinicId clinicId, TemplateId id, int expectedVersion, AccountId editor,
			ProgramTemplate template) {
		Map<ExerciseCode, UUID> exercises = exerciseIds(clinicId, template);
		int updated = this.jdbc
			.sql("UPDATE program_templates SET name = :name, description = :description, version = version + 1, "
					+ "updated_by = :editor, updated_at = now() "
					+ "WHERE id = :id AND clinic_id = :clinic AND version = :version")
			.param("name", template.name())
			.param("description", template.description())
			.param("editor", editor.value())
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			return false;
		}
		writeContent(id.value(), exercises, template);
		return true;
	}

	@Override
	@Transactional
	public SeedChange upsertShared(ProgramTemplate template) {
		Map<ExerciseCode, UUID> exercises = exerciseIds(null, template);
		Optional<LibraryTemplate> stored = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM program_templates WHERE clinic_id IS NULL AND code = :code")
			.param("code", template.code())
			.query(Header::map)
			.optional()
			.map(this::withContent);
		if (stored.isEmpty()) {
			UUID id = this.jdbc
				.sql("INSERT INTO program_templates (code, name, description) VALUES (:code, :name, :description) "
						+ "RETURNING id")
				.param("code", template.code())
				.param("name", template.name())
				.param("description", template.description())
				.query(UUID.class)
				.single();
			writeContent(id, exercises, template);
			return SeedChange.ADDED;
		}
		if (stored.get().template().equals(template)) {
			return SeedChange.UNCHANGED;
		}
		UUID id = stored.get().id().value();
		this.jdbc
			.sql("UPDATE program_templates SET name = :name, description = :description, version = version + 1, "
					+ "updated_at = now() WHERE id = :id")
			.param("name", template.name())
			.param("description", template.description())
			.param("id", id)
			.update();
		writeContent(id, exercises, template);
		return SeedChange.UPDATED;
	}

	private void writeContent(UUID templateId, Map<ExerciseCode, UUID> exercises, ProgramTemplate template) {
		this.jdbc.sql("DELETE FROM template_stages WHERE template_id = :id").param("id", templateId).update();
		for (TemplateStage stage : template.stages()) {
			this.jdbc
				.sql("INSERT INTO template_stages (template_id, stage, goal, advice) "
						+ "VALUES (:id, :stage, :goal, :advice)")
				.param("id", templateId)
				.param("stage", stage.stage().number())
				.param("goal", stage.goal())
				.param("advice", stage.advice().toArray(String[]::new))
				.update();
			int position = 0;
			for (TemplateEntry entry : stage.exercises()) {
				UUID exercise = exercises.get(entry.code());
				DosageColumns
					.bind(this.jdbc.sql("INSERT INTO template_entries (template_id, stage, position, exercise_id, "
							+ "dosage_override, " + DosageColumns.NAMES + ") VALUES (:id, :stage, :position, "
							+ ":exercise, :override, " + DosageColumns.PARAMETERS + ")"), entry.dosageOverride())
					.param("id", templateId)
					.param("stage", stage.stage().number())
					.param("position", position++)
					.param("exercise", exercise)
					.param("override", entry.dosageOverride() != null)
					.update();
			}
		}
	}

	// Shared codes first, so that a clinic's own exercise can never stand in for a shared
	// one in a template (own codes carry a prefix the seeds do not use anyway).
	private Map<ExerciseCode, UUID> exerciseIds(@Nullable ClinicId clinicId, ProgramTemplate template) {
		Map<ExerciseCode, UUID> ids = new HashMap<>();
		this.jdbc
			.sql("SELECT code, id FROM exercises WHERE clinic_id IS NULL OR clinic_id = :clinic "
					+ "ORDER BY clinic_id NULLS FIRST")
			.param("clinic", (clinicId != null) ? clinicId.value() : null, java.sql.Types.OTHER)
			.query((row, n) -> Map.entry(ExerciseCode.of(row.getString("code")), row.getObject("id", UUID.class)))
			.list()
			.forEach((entry) -> ids.putIfAbsent(entry.getKey(), entry.getValue()));
		for (ExerciseCode code : template.exerciseCodes()) {
			if (!ids.containsKey(code)) {
				throw new IllegalArgumentException(
						"Template " + template.code() + " refers to exercise " + code + ", which is not in reach");
			}
		}
		return ids;
	}

	private LibraryTemplate withContent(Header header) {
		Map<Stage, List<TemplateEntry>> entries = new EnumMap<>(Stage.class);
		this.jdbc
			.sql("SELECT e.stage, x.code, e.dosage_override, " + DosageColumns.NAMES.replaceAll("(\\w+)", "e.$1")
					+ " FROM template_entries e JOIN exercises x ON x.id = e.exercise_id "
					+ "WHERE e.template_id = :id ORDER BY e.stage, e.position")
			.param("id", header.id())
			.query((row, n) -> {
				TemplateEntry entry = new TemplateEntry(ExerciseCode.of(row.getString("code")),
						row.getBoolean("dosage_override") ? DosageColumns.read(row) : null);
				entries.computeIfAbsent(Stage.ofNumber(row.getInt("stage")), (stage) -> new ArrayList<>()).add(entry);
				return entry;
			})
			.list();
		List<TemplateStage> stages = this.jdbc
			.sql("SELECT stage, goal, advice FROM template_stages WHERE template_id = :id ORDER BY stage")
			.param("id", header.id())
			.query((row, n) -> {
				Stage stage = Stage.ofNumber(row.getInt("stage"));
				return new TemplateStage(stage, row.getString("goal"), entries.getOrDefault(stage, List.of()),
						JdbcLibraryExercises.texts(row, "advice"));
			})
			.list();
		ProgramTemplate template = new ProgramTemplate(header.code(), header.name(), header.description(), stages);
		return new LibraryTemplate(new TemplateId(header.id()),
				(header.clinicId() != null) ? new ClinicId(header.clinicId()) : null, template, header.version());
	}

	private record Header(UUID id, @Nullable UUID clinicId, String code, String name, String description, int version) {

		static Header map(ResultSet row, int rowNumber) throws SQLException {
			return new Header(row.getObject("id", UUID.class), row.getObject("clinic_id", UUID.class),
					row.getString("code"), row.getString("name"), row.getString("description"), row.getInt("version"));
		}

	}

}
