package org.fourstage.domain.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

/**
 * Where patients' programs, their versions and their stage moves are kept, within one
 * clinic.
 */
public interface Programs {

	Optional<AssignedProgram> forPatient(ClinicId clinicId, PatientId patientId);

	/**
	 * Gives a patient their first program.
	 * @param clinicId the clinic
	 * @param patientId the patient, who has no program yet
	 * @param program what is prescribed
	 * @param startStage the stage to begin in
	 * @param reason why this stage, for the stage history
	 * @param by the physio
	 * @param at the moment
	 * @return the program as saved, version 1
	 */
	AssignedProgram assign(ClinicId clinicId, PatientId patientId, Program program, Stage startStage, String reason,
			AccountId by, Instant at);

	/**
	 * Saves a changed program if nobody saved another version since
	 * {@code expectedVersion}.
	 * @param clinicId the clinic
	 * @param programId the program
	 * @param expectedVersion the version the change was made from
	 * @param program the changed program
	 * @param by the physio
	 * @param at the moment
	 * @return true when saved as the next version; false when someone else saved first,
	 * in which case nothing was saved
	 */
	boolean save(ClinicId clinicId, UUID programId, int expectedVersion, Program program, AccountId by, Instant at);

	/**
	 * Every version, newest first.
	 * @param clinicId the clinic
	 * @param programId the program
	 * @return the versions
	 */
	List<ProgramVersion> history(ClinicId clinicId, UUID programId);

	/**
	 * Moves the patient to another stage.
	 * @param clinicId the clinic
	 * @param programId the program
	 * @param to the new stage
	 * @param reason the physio's reason
	 * @param by the physio
	 * @param at the moment
	 * @param today the clinic's today, the new stage's first day
	 */
	void moveStage(ClinicId clinicId, UUID programId, Stage to, String reason, AccountId by, Instant at,
			LocalDate today);

	/**
	 * The stage moves, oldest first.
	 * @param clinicId the clinic
	 * @param programId the program
	 * @return the moves
	 */
	List<StageMove> stageMoves(ClinicId clinicId, UUID programId);

}
