package org.fourstage.domain.clinic;

import java.util.List;
import java.util.Optional;

/**
 * Where clinics are kept.
 */
public interface ClinicRepository {

	/**
	 * Adds a clinic, with a sign-in code derived from its name.
	 * @param name its name, unique in the deployment regardless of case
	 * @return the new clinic
	 * @throws DuplicateClinicNameException when the name is taken
	 */
	Clinic add(ClinicName name);

	Optional<Clinic> find(ClinicId id);

	/**
	 * The clinic people sign in to with this code.
	 * @param code the code
	 * @return the clinic, if the code is in use
	 */
	Optional<Clinic> findBySignInCode(ClinicCode code);

	/**
	 * All clinics, by name.
	 * @return the clinics
	 */
	List<Clinic> findAll();

}
