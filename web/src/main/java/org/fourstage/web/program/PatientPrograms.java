package org.fourstage.web.program;

import java.util.UUID;

import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds what a program page's address names, within the signed-in physio's clinic: the
 * patient, their program and a stage. Anything else answers 404.
 */
@Component
class PatientPrograms {

	private final PatientRepository patients;

	private final Programs programs;

	PatientPrograms(PatientRepository patients, Programs programs) {
		this.patients = patients;
		this.programs = programs;
	}

	Patient patient(SignedInUser physio, UUID patientId) {
		return this.patients.find(physio.clinicId(), new PatientId(patientId)).orElseThrow(NotFoundException::new);
	}

	AssignedProgram assigned(SignedInUser physio, Patient patient) {
		return this.programs.forPatient(physio.clinicId(), patient.id()).orElseThrow(NotFoundException::new);
	}

	static Stage stage(int number) {
		if (number < 1 || number > Stage.values().length) {
			throw new NotFoundException();
		}
		return Stage.ofNumber(number);
	}

}
