package org.fourstage.domain.tracking;

import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.identity.AccountId;

/**
 * Where measurement schedules are kept: each clinic's default and each program's copy.
 */
public interface MeasurementSchedules {

	/**
	 * The clinic's default.
	 * @param clinicId the clinic
	 * @return the saved default, or {@link MeasurementSchedule#DEFAULTS} when the clinic
	 * has saved none
	 */
	MeasurementSchedule defaultFor(ClinicId clinicId);

	/**
	 * Saves the clinic's default; running programs keep their copies.
	 * @param clinicId the clinic
	 * @param admin who saved it
	 * @param schedule the schedule
	 */
	void saveDefault(ClinicId clinicId, AccountId admin, MeasurementSchedule schedule);

	/**
	 * Gives a program a copy of its clinic's default, replacing any copy it had: done
	 * when a program is assigned.
	 * @param clinicId the clinic
	 * @param programId the program, of that clinic
	 * @return the schedule copied
	 */
	MeasurementSchedule copyDefaultTo(ClinicId clinicId, UUID programId);

	/**
	 * A program's schedule.
	 * @param clinicId the clinic
	 * @param programId the program
	 * @return its copy, or the clinic's default for a program assigned before schedules
	 * were kept
	 */
	MeasurementSchedule forProgram(ClinicId clinicId, UUID programId);

}
