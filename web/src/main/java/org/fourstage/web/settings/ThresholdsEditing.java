package org.fourstage.web.settings;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.progression.ProgressionSettings;
import org.fourstage.domain.progression.ProgressionThresholds;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic admin replaces the progression advisor's thresholds of their clinic; the new
 * values and the audit entry are saved in one transaction.
 */
@Service
class ThresholdsEditing {

	private final ProgressionSettings settings;

	private final AuditTrail audit;

	ThresholdsEditing(ProgressionSettings settings, AuditTrail audit) {
		this.settings = settings;
		this.audit = audit;
	}

	/**
	 * Saves the thresholds for the admin's clinic.
	 * @param admin who saves them; their clinic is the one changed
	 * @param thresholds values the domain already accepted
	 */
	@Transactional
	void save(Actor admin, ProgressionThresholds thresholds) {
		this.settings.save(admin.clinicId(), admin.accountId(), thresholds);
		this.audit.success(admin, AuditAction.PROGRESSION_THRESHOLDS_UPDATED, AuditTarget.CLINIC,
				admin.clinicId().value());
	}

}
