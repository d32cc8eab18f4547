package org.fourstage.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.reporting.dashboard.DashboardQuery;
import org.fourstage.reporting.dashboard.OverdueQuestionnaire;
import org.fourstage.reporting.dashboard.QuietPatient;
import org.fourstage.reporting.dashboard.UrgentAlert;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboard of the physio's clinic, with one audit entry for the read: the page
 * names patients and what they reported.
 */
@Service
class DashboardReading {

	/** Days without any entry that put a patient on the list. */
	static final int QUIET_DAYS = 7;

	private final DashboardQuery query;

	private final AuditTrail audit;

	private final Clock clock;

	DashboardReading(DashboardQuery query, AuditTrail audit, Clock clock) {
		this.query = query;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the dashboard shows.
	 *
	 * @param today the day it was read for
	 * @param alerts open alerts, most urgent first
	 * @param overdue questionnaires overdue, longest first
	 * @param quiet patients without entries, longest first
	 */
	record Dashboard(LocalDate today, List<UrgentAlert> alerts, List<OverdueQuestionnaire> overdue,
			List<QuietPatient> quiet) {
	}

	@Transactional
	Dashboard read(Actor physio) {
		LocalDate today = LocalDate.now(this.clock);
		// Each program follows its own schedule; the design's default only stands in for
		// one assigned before schedules were kept in a clinic without its own default.
		Dashboard dashboard = new Dashboard(today, this.query.openAlerts(physio.clinicId()),
				this.query.overdueQuestionnaires(physio.clinicId(), today, this.clock.getZone(),
						MeasurementSchedule.DEFAULTS),
				this.query.quietPatients(physio.clinicId(), today, this.clock.getZone(), QUIET_DAYS));
		this.audit.record(physio, AuditAction.DASHBOARD_VIEWED, null, null, null, AuditOutcome.SUCCESS,
				"alerts " + dashboard.alerts().size() + ", overdue " + dashboard.overdue().size() + ", quiet "
						+ dashboard.quiet().size());
		return dashboard;
	}

}
