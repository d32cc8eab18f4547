package org.fourstage.web.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.alert.Alert;
import org.fourstage.domain.alert.Alerts;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.progression.ProgressionSettings;
import org.fourstage.domain.tracking.AlertRules;
import org.fourstage.domain.tracking.CheckIn;
import org.fourstage.domain.tracking.CheckIns;
import org.fourstage.domain.tracking.DailyPain;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.ExerciseSession;
import org.fourstage.domain.tracking.FlareUp;
import org.fourstage.domain.tracking.FlareUps;
import org.fourstage.domain.tracking.NerveSigns;
import org.fourstage.domain.tracking.PainDiary;
import org.fourstage.domain.tracking.SpikeRule;
import org.fourstage.domain.tracking.TrackingAlert;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises the alerts a saved entry calls for by the tracking alert rules, inside the
 * transaction that saved it: the entry and its alerts are kept together or not at all.
 * The spike threshold is the clinic's; the baseline is the seven days of check-ins before
 * the entry's day; a check-in is judged by its higher rating, a session by the higher of
 * pain before and after; nerve signs are compared with the patient's earlier flare-ups.
 */
@Service
public class AlertRaising {

	// Earlier flare-ups decide whether nerve signs are new; a patient's history is
	// short enough to read whole.
	private static final LocalDate HISTORY_START = LocalDate.of(1900, 1, 1);

	private final Alerts alerts;

	private final CheckIns checkIns;

	private final FlareUps flareUps;

	private final ProgressionSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	AlertRaising(Alerts alerts, CheckIns checkIns, FlareUps flareUps, ProgressionSettings settings, AuditTrail audit,
			Clock clock) {
		this.alerts = alerts;
		this.checkIns = checkIns;
		this.flareUps = flareUps;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The alerts of a flare-up just saved.
	 * @param actor who saved it
	 * @param flareUp the flare-up
	 * @return the alerts raised now; none when it raised them before
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Alert> afterFlareUp(Actor actor, FlareUp flareUp) {
		LocalDate day = flareUp.entry().startedOn();
		NerveSigns before = NerveSigns
			.worstOf(this.flareUps.between(actor.clinicId(), flareUp.patientId(), HISTORY_START, day)
				.stream()
				.filter((other) -> !other.id().equals(flareUp.id())
						&& (other.entry().startedOn().isBefore(day) || other.createdAt().isBefore(flareUp.createdAt())))
				.map(FlareUp::entry)
				.toList());
		return raise(actor, flareUp.patientId(),
				rules(actor).forFlareUp(flareUp.id(), flareUp.entry(), before, diary(actor, flareUp.patientId(), day)));
	}

	/**
	 * The alerts of a check-in just saved or corrected.
	 * @param actor who saved it
	 * @param checkIn the check-in as kept
	 * @return the alerts raised now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Alert> afterCheckIn(Actor actor, CheckIn checkIn) {
		LocalDate day = checkIn.entry().day();
		Integer evening = checkIn.entry().eveningPain();
		int highest = Math.max(checkIn.entry().morningPain(), (evening != null) ? evening : 0);
		return raise(actor, checkIn.patientId(),
				rules(actor)
					.forPain(new EntryRef(EntryKind.CHECK_IN, checkIn.id(), day), day, highest,
							diary(actor, checkIn.patientId(), day))
					.stream()
					.toList());
	}

	/**
	 * The alerts of an exercise session just saved or corrected.
	 * @param actor who saved it
	 * @param session the session as kept
	 * @return the alerts raised now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Alert> afterSession(Actor actor, ExerciseSession session) {
		LocalDate day = session.entry().performedOn();
		int highest = Math.max(session.entry().painBefore(), session.entry().painAfter());
		return raise(actor, session.patientId(),
				rules(actor)
					.forPain(new EntryRef(EntryKind.EXERCISE_SESSION, session.id(), day), day, highest,
							diary(actor, session.patientId(), day))
					.stream()
					.toList());
	}

	private AlertRules rules(Actor actor) {
		return new AlertRules(new SpikeRule(this.settings.thresholdsFor(actor.clinicId()).flareSpikePoints()));
	}

	private PainDiary diary(Actor actor, PatientId patient, LocalDate day) {
		return new PainDiary(
				this.checkIns.between(actor.clinicId(), patient, day.minusDays(PainDiary.WINDOW_DAYS), day.minusDays(1))
					.stream()
					.map((checkIn) -> DailyPain.fromCheckIn(checkIn.id(), checkIn.entry().day(),
							checkIn.entry().morningPain(), checkIn.entry().eveningPain()))
					.toList());
	}

	private List<Alert> raise(Actor actor, PatientId patient, List<TrackingAlert> found) {
		List<Alert> raised = new ArrayList<>();
		for (TrackingAlert one : found) {
			this.alerts.raise(actor.clinicId(), patient, one, this.clock.instant()).ifPresent((alert) -> {
				this.audit.patientData(actor, AuditAction.ALERT_RAISED, AuditTarget.ALERT, alert.id(), patient);
				raised.add(alert);
			});
		}
		return raised;
	}

}
