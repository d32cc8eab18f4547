package org.fourstage.domain.clinic;

import java.util.List;
import java.util.Optional;

/**
 * Where clinics are kept.
 */
public interface ClinicRepository {

	/**
	 * Adds a clinic.
	 * @param name its name, unique in the deployment regardless of case
	 * @return the new clinic
	 * @throws DuplicateClinicNameException when the name is taken
	 */
	Clinic add(ClinicName name);

	Optional<Clinic> find(ClinicId id);

	/**
	 * All clinics, by name.
	 * @return the clinics
	 */
	List<Clinic> findAll();

}
