package org.fourstage.reporting.dashboard;

import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.tracking.AlertKind;
import org.fourstage.domain.tracking.EntryRef;

/**
 * An open alert on the dashboard.
 *
 * @param alertId the alert
 * @param patient whose entry raised it
 * @param kind why
 * @param source the entry that raised it
 * @param raisedAt when
 */
public record UrgentAlert(UUID alertId, PatientLabel patient, AlertKind kind, EntryRef source, Instant raisedAt) {

}
