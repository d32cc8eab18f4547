package org.fourstage.domain.library;

import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;

/**
 * The exercise library as one clinic sees it: the shared exercises plus the clinic's own.
 * Every read is scoped by the clinic; another clinic's own exercises are never found.
 */
public interface LibraryExercises {

	/**
	 * The exercises matching a filter, by stage and then name.
	 * @param clinicId the clinic asking
	 * @param filter what to look for
	 * @return shared and own exercises that match
	 */
	List<LibraryExercise> search(ClinicId clinicId, ExerciseFilter filter);

	/**
	 * One exercise the clinic may see.
	 * @param clinicId the clinic asking
	 * @param id the exercise
	 * @return the exercise, or empty when it does not exist or is another clinic's
	 */
	Optional<LibraryExercise> find(ClinicId clinicId, ExerciseId id);

	/**
	 * Everything the clinic may prescribe, by code, for building programs from templates.
	 * @param clinicId the clinic asking
	 * @return shared and own exercises by code
	 */
	Map<ExerciseCode, Exercise> byCode(ClinicId clinicId);

	/**
	 * Adds one of the clinic's own exercises.
	 * @param clinicId the clinic
	 * @param author who made it
	 * @param exercise the exercise; its code must not be used in the clinic or the shared
	 * library
	 * @return the stored exercise
	 */
	LibraryExercise addOwn(ClinicId clinicId, AccountId author, Exercise exercise);

	/**
	 * Makes the shared exercise with the seed's code match the seed. Clinics' own
	 * exercises are never touched.
	 * @param exercise the seed
	 * @return what changed
	 */
	SeedChange upsertShared(Exercise exercise);

}
