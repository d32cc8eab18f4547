package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.EntryDating;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.FlareUp;
import org.fourstage.domain.tracking.FlareUpEntry;
import org.fourstage.domain.tracking.FlareUps;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.fourstage.domain.tracking.Saved;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.fourstage.web.alert.AlertRaising;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flare-ups as use cases: recording one (once per form), reading it and recording its
 * end, each with its audit entry in the same transaction.
 */
@Service
public class FlareUpRecording {

	private final FlareUps flareUps;

	private final EntryClock clock;

	private final AuditTrail audit;

	private final AlertRaising alerts;

	FlareUpRecording(FlareUps flareUps, EntryClock clock, AuditTrail audit, AlertRaising alerts) {
		this.flareUps = flareUps;
		this.clock = clock;
		this.audit = audit;
		this.alerts = alerts;
	}

	/**
	 * A flare-up as typed.
	 *
	 * @param startedOn start day
	 * @param startedAt start time, may be empty
	 * @param endedOn end day, may be empty
	 * @param peakPain worst pain
	 * @param trigger what set it off
	 * @param legSymptoms how far down the pain reached
	 * @param sharpOrShooting sharp or shooting leg pain
	 * @param redFlagSigns the signs ticked
	 * @param whatHelped what helped, may be empty
	 */
	public record Values(@Nullable LocalDate startedOn, @Nullable LocalTime startedAt, @Nullable LocalDate endedOn,
			@Nullable Integer peakPain, @Nullable FlareTrigger trigger, @Nullable LegSymptoms legSymptoms,
			boolean sharpOrShooting, Set<RedFlagSign> redFlagSigns, @Nullable String whatHelped) {

	}

	/** How a request about a flare-up ended. */
	public sealed interface Outcome permits Recorded, Refused {

	}

	/**
	 * Kept.
	 *
	 * @param flareUp the flare-up
	 * @param created false when the same form had been sent before and this is its
	 * flare-up
	 */
	public record Recorded(FlareUp flareUp, boolean created) implements Outcome {
	}

	/**
	 * Nothing kept.
	 *
	 * @param violations what is wrong
	 */
	public record Refused(Violations violations) implements Outcome {
	}

	/**
	 * What is wrong with a flare-up as typed, without saving anything: for a form that
	 * also holds values that could not be read, so every problem is shown at once.
	 * @param actor who enters
	 * @param values what was typed
	 * @return the problems
	 */
	public Violations check(Actor actor, Values values) {
		return validate(this.clock.datingFor(actor), values).violations();
	}

	/**
	 * Records a flare-up.
	 * @param actor the patient, or a physio on the patient's behalf
	 * @param patient whose flare-up it is
	 * @param idempotencyKey the key of the form
	 * @param values what was typed
	 * @return the outcome
	 * @throws NotFoundException when the patient is not of the actor's clinic
	 */
	@Transactional
	public Outcome record(Actor actor, PatientId patient, UUID idempotencyKey, Values values) {
		EntryDating dating = this.clock.datingFor(actor);
		Validated<FlareUpEntry> entry = validate(dating, values);
		if (!entry.isValid()) {
			return new Refused(entry.violations());
		}
		Saved<FlareUp> saved = this.flareUps
			.record(actor.clinicId(), patient, idempotencyKey, entry.value(), EntryClock.recordedBy(actor),
					dating.now())
			.orElseThrow(NotFoundException::new);
		FlareUp flareUp = saved.entry();
		// The detail names no symptom: whether signs came with it is for the record, read
		// with the patient's data.
		this.audit.record(actor, saved.created() ? AuditAction.FLARE_UP_RECORDED : AuditAction.FLARE_UP_VIEWED,
				AuditTarget.FLARE_UP, flareUp.id(), patient, AuditOutcome.SUCCESS,
				saved.created() ? null : "form sent again");
		if (saved.created()) {
			this.alerts.afterFlareUp(actor, flareUp);
		}
		return new Recorded(flareUp, saved.created());
	}

	/**
	 * The clinic's today for someone entering now.
	 * @param actor who enters
	 * @return the day
	 */
	public LocalDate todayFor(Actor actor) {
		return this.clock.datingFor(actor).today();
	}

	/**
	 * One flare-up, read and audited.
	 * @param actor who reads
	 * @param patient whose
	 * @param flareUpId which
	 * @return the flare-up
	 * @throws NotFoundException when the patient has no such flare-up in the clinic
	 */
	@Transactional
	public FlareUp read(Actor actor, PatientId patient, UUID flareUpId) {
		FlareUp flareUp = this.flareUps.find(actor.clinicId(), patient, flareUpId).orElseThrow(NotFoundException::new);
		this.audit.patientData(actor, AuditAction.FLARE_UP_VIEWED, AuditTarget.FLARE_UP, flareUp.id(), patient);
		return flareUp;
	}

	/**
	 * The flare-ups that started in a period, read and audited once.
	 * @param actor who reads
	 * @param patient whose
	 * @param from first day
	 * @param to last day
	 * @return the flare-ups, oldest first
	 */
	@Transactional
	public List<FlareUp> between(Actor actor, PatientId patient, LocalDate from, LocalDate to) {
		List<FlareUp> found = this.flareUps.between(actor.clinicId(), patient, from, to);
		this.audit.record(actor, AuditAction.FLARE_UP_VIEWED, AuditTarget.FLARE_UP, null, patient, AuditOutcome.SUCCESS,
				"list " + from + " to " + to);
		return found;
	}

	/**
	 * Records the day a flare-up settled.
	 * @param actor the patient or a physio
	 * @param patient whose
	 * @param flareUpId which
	 * @param endedOn the day typed
	 * @return the outcome
	 */
	@Transactional
	public Outcome end(Actor actor, PatientId patient, UUID flareUpId, @Nullable LocalDate endedOn) {
		FlareUp flareUp = this.flareUps.find(actor.clinicId(), patient, flareUpId).orElseThrow(NotFoundException::new);
		EntryDating dating = this.clock.datingFor(actor);
		Violations violations = FlareUpEntry.checkEnd(dating, flareUp.entry().startedOn(), endedOn);
		if (!violations.isEmpty() || endedOn == null) {
			return new Refused(violations);
		}
		this.flareUps.end(actor.clinicId(), patient, flareUp.id(), endedOn, dating.now());
		this.audit.patientData(actor, AuditAction.FLARE_UP_ENDED, AuditTarget.FLARE_UP, flareUp.id(), patient);
		return new Recorded(this.flareUps.find(actor.clinicId(), patient, flareUp.id()).orElseThrow(), false);
	}

	private static Validated<FlareUpEntry> validate(EntryDating dating, Values values) {
		return FlareUpEntry.validate(dating, values.startedOn(), values.startedAt(), values.endedOn(),
				values.peakPain(), values.trigger(), values.legSymptoms(), values.sharpOrShooting(),
				values.redFlagSigns(), values.whatHelped());
	}

}
