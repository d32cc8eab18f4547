package org.fourstage.persistence.tracking;

import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@PostgresTest
class JdbcMeasurementSchedulesIT {

	private static final MeasurementSchedule MONTHLY = new MeasurementSchedule(false, 4,
			MeasurementSchedule.weeks(0, 4, 8, 12), MeasurementSchedule.weeks(0, 12));

	private final JdbcClient jdbc;

	private final JdbcMeasurementSchedules schedules;

	private Clinic clinic;

	private Account admin;

	JdbcMeasurementSchedulesIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.schedules = new JdbcMeasurementSchedules(jdbc);
	}

	@BeforeEach
	void clinic() {
		TestClinics clinics = new TestClinics(this.jdbc);
		this.clinic = clinics.clinic();
		this.admin = clinics.staff(this.clinic, Role.ADMIN, "Schedule Admin");
	}

	@Test
	void aClinicThatSavedNothingUsesTheDesignsDefault() {
		assertThat(this.schedules.defaultFor(this.clinic.id())).isEqualTo(MeasurementSchedule.DEFAULTS);
	}

	@Test
	void aSavedDefaultAppliesToItsClinicOnlyAndCanBeChanged() {
		Clinic other = new TestClinics(this.jdbc).clinic();

		this.schedules.saveDefault(this.clinic.id(), this.admin.id(), MONTHLY);
		assertThat(this.schedules.defaultFor(this.clinic.id())).isEqualTo(MONTHLY);
		assertThat(this.schedules.defaultFor(other.id())).isEqualTo(MeasurementSchedule.DEFAULTS);

		MeasurementSchedule none = new MeasurementSchedule(true, 0, MeasurementSchedule.weeks(),
				MeasurementSchedule.weeks());
		this.schedules.saveDefault(this.clinic.id(), this.admin.id(), none);
		assertThat(this.schedules.defaultFor(this.clinic.id())).isEqualTo(none);
	}

	@Test
	void aProgramKeepsTheCopyItWasAssignedWithWhenTheDefaultChanges() {
		UUID program = program(this.clinic);
		assertThat(this.schedules.forProgram(this.clinic.id(), program)).isEqualTo(MeasurementSchedule.DEFAULTS);

		this.schedules.copyDefaultTo(this.clinic.id(), program);
		this.schedules.saveDefault(this.clinic.id(), this.admin.id(), MONTHLY);

		assertThat(this.schedules.forProgram(this.clinic.id(), program)).isEqualTo(MeasurementSchedule.DEFAULTS);
		assertThat(this.schedules.copyDefaultTo(this.clinic.id(), program)).isEqualTo(MONTHLY);
		assertThat(this.schedules.forProgram(this.clinic.id(), program)).isEqualTo(MONTHLY);
	}

	@Test
	void anotherClinicsProgramIsNeitherCopiedToNorRead() {
		Clinic other = new TestClinics(this.jdbc).clinic();
		UUID theirs = program(other);
		this.schedules.saveDefault(this.clinic.id(), this.admin.id(), MONTHLY);

		assertThatIllegalArgumentException().isThrownBy(() -> this.schedules.copyDefaultTo(this.clinic.id(), theirs));
		this.schedules.copyDefaultTo(other.id(), theirs);
		assertThat(this.schedules.forProgram(this.clinic.id(), theirs)).isEqualTo(MONTHLY);
	}

	@Test
	void theTableRefusesWeeksOutOfRange() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("INSERT INTO clinic_measurement_schedules (clinic_id, pain_via_check_ins, psfs_every_weeks, "
					+ "disability_index_weeks, start_back_weeks, updated_by) VALUES (:c, true, 2, '{0,53}', '{0}', :a)")
			.param("c", this.clinic.id().value())
			.param("a", this.admin.id().value())
			.update());
	}

	private UUID program(Clinic owner) {
		Account physio = new TestClinics(this.jdbc).staff(owner, Role.PHYSIO, "Schedule Physio");
		UUID patient = this.jdbc
			.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, consent_given, consent_date, "
					+ "created_by) VALUES (:c, :r, 'Schedule Patient', '1970-01-01', 'MALE', true, current_date, :by) "
					+ "RETURNING id")
			.param("c", owner.id().value())
			.param("r", "S-" + UUID.randomUUID())
			.param("by", physio.id().value())
			.query(UUID.class)
			.single();
		return this.jdbc
			.sql("INSERT INTO programs (clinic_id, patient_id, current_stage, stage_started, version, content, "
					+ "assigned_by, assigned_at, updated_at) VALUES (:c, :p, 1, current_date, 1, '{}', :by, now(), now()) "
					+ "RETURNING id")
			.param("c", owner.id().value())
			.param("p", patient)
			.param("by", physio.id().value())
			.query(UUID.class)
			.single();
	}

}
