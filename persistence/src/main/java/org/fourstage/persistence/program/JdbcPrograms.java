package org.fourstage.persistence.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.ProgramChange;
import org.fourstage.domain.program.ProgramVersion;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.program.StageMove;
import org.fourstage.persistence.database.JsonColumns;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs kept in {@code programs}, with every version in {@code program_versions} and
 * the stage history in {@code stage_moves}.
 */
@Repository
class JdbcPrograms implements Programs {

	private static final String COLUMNS = "id, patient_id, current_stage, stage_started, version, content::text AS content, "
			+ "assigned_at, updated_at";

	private static final TypeReference<List<ProgramChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	JdbcPrograms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<AssignedProgram> forPatient(ClinicId clinicId, PatientId patientId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM programs WHERE patient_id = :patient AND clinic_id = :clinic")
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(JdbcPrograms::map)
			.optional();
	}

	@Override
	@Transactional
	public AssignedProgram assign(ClinicId clinicId, PatientId patientId, Program program, Stage startStage,
			String reason, AccountId by, Instant at) {
		Timestamp when = Timestamp.from(at);
		UUID id = this.jdbc
			.sql("INSERT INTO programs (clinic_id, patient_id, current_stage, stage_started, version, content, "
					+ "assigned_by, assigned_at, updated_at) SELECT :clinic, p.id, :stage, :today, 1, :content::jsonb, "
					+ ":by, :at, :at FROM patients p WHERE p.id = :patient AND p.clinic_id = :clinic RETURNING id")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("stage", startStage.number())
			.param("today", java.sql.Date.valueOf(at.atZone(java.time.ZoneOffset.UTC).toLocalDate()))
			.param("content", JsonColumns.write(program))
			.param("by", by.value())
			.param("at", when)
			.query(UUID.class)
			.single();
		insertVersion(id, 1, program, List.of(), by, when);
		insertMove(id, null, startStage, reason, by, when);
		return forPatient(clinicId, patientId).orElseThrow();
	}

	@Override
	@Transactional
	public boolean save(ClinicId clinicId, UUID programId, int expectedVersion, Program program, AccountId by,
			Instant at) {
		Optional<Program> before = this.jdbc
			.sql("SELECT content::text FROM programs WHERE id = :id AND clinic_id = :clinic AND version = :version "
					+ "FOR UPDATE")
			.param("id", programId)
			.param("clinic", clinicId.value())
			.param("version", expectedVersion)
			.query(String.class)
			.optional()
			.map((json) -> JsonColumns.read(json, Program.class));
		if (before.isEmpty()) {
			return false;
		}
		Timestamp when = Timestamp.from(at);
		this.jdbc
			.sql("UPDATE programs SET content = :content::jsonb, version = version + 1, updated_at = :at "
					+ "WHERE id = :id AND version = :version")
			.param("content", JsonColumns.write(program))
			.param("at", when)
			.param("id", programId)
			.param("version", expectedVersion)
			.update();
		insertVersion(programId, expectedVersion + 1, program, ProgramChange.between(before.get(), program), by, when);
		return true;
	}

	@Override
	public List<ProgramVersion> history(ClinicId clinicId, UUID programId) {
		return this.jdbc
			.sql("SELECT v.version, v.content::text AS content, v.changes::text AS changes, a.display_name, "
					+ "v.changed_at FROM program_versions v JOIN programs p ON p.id = v.program_id "
					+ "JOIN accounts a ON a.id = v.changed_by WHERE p.id = :id AND p.clinic_id = :clinic "
					+ "ORDER BY v.version DESC")
			.param("id", programId)
			.param("clinic", clinicId.value())
			.query((row, n) -> new ProgramVersion(row.getInt("version"),
					JsonColumns.read(row.getString("content"), Program.class),
					JsonColumns.read(row.getString("changes"), CHANGES), row.getString("display_name"),
					row.getTimestamp("changed_at").toInstant()))
			.list();
	}

	@Override
	@Transactional
	public void moveStage(ClinicId clinicId, UUID programId, Stage to, String reason, AccountId by, Instant at,
			LocalDate today) {
		Integer from = this.jdbc
			.sql("SELECT current_stage FROM programs WHERE id = :id AND clinic_id = :clinic FOR UPDATE")
			.param("id", programId)
			.param("clinic", clinicId.value())
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("UPDATE programs SET current_stage = :stage, stage_started = :today, updated_at = :at WHERE id = :id")
			.param("stage", to.number())
			.param("today", java.sql.Date.valueOf(today))
			.param("at", Timestamp.from(at))
			.param("id", programId)
			.update();
		insertMove(programId, Stage.ofNumber(from), to, reason, by, Timestamp.from(at));
	}

	@Override
	public List<StageMove> stageMoves(ClinicId clinicId, UUID programId) {
		return this.jdbc
			.sql("SELECT m.from_stage, m.to_stage, m.reason, a.display_name, m.moved_at FROM stage_moves m "
					+ "JOIN programs p ON p.id = m.program_id JOIN accounts a ON a.id = m.moved_by "
					+ "WHERE p.id = :id AND p.clinic_id = :clinic ORDER BY m.moved_at, m.id")
			.param("id", programId)
			.param("clinic", clinicId.value())
			.query((row, n) -> {
				int fromStage = row.getInt("from_stage");
				return new StageMove(row.wasNull() ? null : Stage.ofNumber(fromStage),
						Stage.ofNumber(row.getInt("to_stage")), row.getString("reason"), row.getString("display_name"),
						row.getTimestamp("moved_at").toInstant());
			})
			.list();
	}

	private void insertVersion(UUID programId, int version, Program program, List<ProgramChange> changes, AccountId by,
			Timestamp at) {
		this.jdbc
			.sql("INSERT INTO program_versions (program_id, version, content, changes, changed_by, changed_at) "
					+ "VALUES (:id, :version, :content::jsonb, :changes::jsonb, :by, :at)")
			.param("id", programId)
			.param("version", version)
			.param("content", JsonColumns.write(program))
			.param("changes", JsonColumns.write(changes))
			.param("by", by.value())
			.param("at", at)
			.update();
	}

	private void insertMove(UUID programId, @org.jspecify.annotations.Nullable Stage from, Stage to, String reason,
			AccountId by, Timestamp at) {
		this.jdbc
			.sql("INSERT INTO stage_moves (program_id, from_stage, to_stage, reason, moved_by, moved_at) "
					+ "VALUES (:id, :from, :to, :reason, :by, :at)")
			.param("id", programId)
			.param("from", (from != null) ? from.number() : null)
			.param("to", to.number())
			.param("reason", reason.strip())
			.param("by", by.value())
			.param("at", at)
			.update();
	}

	private static AssignedProgram map(ResultSet row, int n) throws SQLException {
		return new AssignedProgram(row.getObject("id", UUID.class),
				new PatientId(row.getObject("patient_id", UUID.class)), Stage.ofNumber(row.getInt("current_stage")),
				row.getObject("stage_started", LocalDate.class), row.getInt("version"),
				JsonColumns.read(row.getString("content"), Program.class), row.getTimestamp("assigned_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}

}
