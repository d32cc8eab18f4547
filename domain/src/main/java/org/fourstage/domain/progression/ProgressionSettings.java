package org.fourstage.domain.progression;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;

/**
 * Each clinic's tuning of the {@link ProgressionAdvisor}.
 */
public interface ProgressionSettings {

	/**
	 * The thresholds the clinic uses.
	 * @param clinicId the clinic
	 * @return the saved thresholds, or {@link ProgressionThresholds#DEFAULTS} when the
	 * clinic has saved none
	 */
	ProgressionThresholds thresholdsFor(ClinicId clinicId);

	/**
	 * Saves the clinic's thresholds.
	 * @param clinicId the clinic
	 * @param admin who saved them
	 * @param thresholds the thresholds
	 */
	void save(ClinicId clinicId, AccountId admin, ProgressionThresholds thresholds);

}
