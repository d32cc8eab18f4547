package org.fourstage.persistence.tracking;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.domain.tracking.MeasurementSchedules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Measurement schedules in {@code clinic_measurement_schedules} (one row per clinic that
 * changed the default) and {@code program_measurement_schedules} (each program's copy).
 */
@Repository
class JdbcMeasurementSchedules implements MeasurementSchedules {

	private final JdbcClient jdbc;

	JdbcMeasurementSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public MeasurementSchedule defaultFor(ClinicId clinicId) {
		return this.jdbc.sql("SELECT * FROM clinic_measurement_schedules WHERE clinic_id = :clinic")
			.param("clinic", clinicId.value())
			.query((row, n) -> schedule(row))
			.optional()
			.orElse(MeasurementSchedule.DEFAULTS);
	}

	@Override
	public void saveDefault(ClinicId clinicId, AccountId admin, MeasurementSchedule schedule) {
		this.jdbc.sql("""
				INSERT INTO clinic_measurement_schedules (clinic_id, pain_via_check_ins, psfs_every_weeks,
				    disability_index_weeks, start_back_weeks, updated_by)
				VALUES (:clinic, :pain, :psfs, CAST(:odi AS smallint[]), CAST(:sbt AS smallint[]), :admin)
				ON CONFLICT (clinic_id) DO UPDATE SET pain_via_check_ins = EXCLUDED.pain_via_check_ins,
				    psfs_every_weeks = EXCLUDED.psfs_every_weeks,
				    disability_index_weeks = EXCLUDED.disability_index_weeks,
				    start_back_weeks = EXCLUDED.start_back_weeks,
				    updated_by = EXCLUDED.updated_by, updated_at = now()
				""")
			.param("clinic", clinicId.value())
			.param("pain", schedule.painViaCheckIns())
			.param("psfs", schedule.patientSpecificScaleEveryWeeks())
			.param("odi", arrayLiteral(schedule.disabilityIndexWeeks()))
			.param("sbt", arrayLiteral(schedule.startBackWeeks()))
			.param("admin", admin.value())
			.update();
	}

	@Override
	public MeasurementSchedule copyDefaultTo(ClinicId clinicId, UUID programId) {
		MeasurementSchedule schedule = defaultFor(clinicId);
		// the program must be the clinic's: the SELECT finds no row otherwise
		int copied = this.jdbc.sql("""
				INSERT INTO program_measurement_schedules (program_id, clinic_id, pain_via_check_ins,
				    psfs_every_weeks, disability_index_weeks, start_back_weeks)
				SELECT id, clinic_id, :pain, :psfs, CAST(:odi AS smallint[]), CAST(:sbt AS smallint[])
				FROM programs WHERE id = :program AND clinic_id = :clinic
				ON CONFLICT (program_id) DO UPDATE SET pain_via_check_ins = EXCLUDED.pain_via_check_ins,
				    psfs_every_weeks = EXCLUDED.psfs_every_weeks,
				    disability_index_weeks = EXCLUDED.disability_index_weeks,
				    start_back_weeks = EXCLUDED.start_back_weeks, copied_at = now()
				""")
			.param("clinic", clinicId.value())
			.param("program", programId)
			.param("pain", schedule.painViaCheckIns())
			.param("psfs", schedule.patientSpecificScaleEveryWeeks())
			.param("odi", arrayLiteral(schedule.disabilityIndexWeeks()))
			.param("sbt", arrayLiteral(schedule.startBackWeeks()))
			.update();
		if (copied != 1) {
			throw new IllegalArgumentException("No program " + programId + " in this clinic");
		}
		return schedule;
	}

	@Override
	public MeasurementSchedule forProgram(ClinicId clinicId, UUID programId) {
		return this.jdbc
			.sql("SELECT * FROM program_measurement_schedules WHERE program_id = :program AND clinic_id = :clinic")
			.param("clinic", clinicId.value())
			.param("program", programId)
			.query((row, n) -> schedule(row))
			.optional()
			.orElseGet(() -> defaultFor(clinicId));
	}

	private static MeasurementSchedule schedule(ResultSet row) throws SQLException {
		return new MeasurementSchedule(row.getBoolean("pain_via_check_ins"), row.getInt("psfs_every_weeks"),
				weeks(row.getArray("disability_index_weeks")), weeks(row.getArray("start_back_weeks")));
	}

	private static SortedSet<Integer> weeks(Array array) throws SQLException {
		SortedSet<Integer> weeks = new TreeSet<>();
		for (Object week : (Object[]) array.getArray()) {
			weeks.add(((Number) week).intValue());
		}
		return weeks;
	}

	/** The weeks as a PostgreSQL array literal such as {0,6,12}: numbers only. */
	private static String arrayLiteral(SortedSet<Integer> weeks) {
		StringBuilder literal = new StringBuilder("{");
		for (int week : weeks) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append(week);
		}
		return literal.append('}').toString();
	}

}
