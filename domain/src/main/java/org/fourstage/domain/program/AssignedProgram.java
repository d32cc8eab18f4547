package org.fourstage.domain.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fourstage.domain.patient.PatientId;

/**
 * The program a patient follows, as it stands now.
 *
 * @param id the program
 * @param patientId whose program it is
 * @param currentStage the stage the patient is in
 * @param stageStartedOn the day they entered it
 * @param version how many times it has been saved
 * @param program what is prescribed in each stage
 * @param assignedAt when it was first assigned
 * @param updatedAt when it was last saved
 */
public record AssignedProgram(UUID id, PatientId patientId, Stage currentStage, LocalDate stageStartedOn, int version,
		Program program, Instant assignedAt, Instant updatedAt) {

	/**
	 * What the patient does in their current stage.
	 * @return the stage plan
	 */
	public StagePlan today() {
		return this.program.stage(this.currentStage);
	}

}
