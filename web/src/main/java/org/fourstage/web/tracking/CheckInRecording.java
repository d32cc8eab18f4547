package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.CheckIn;
import org.fourstage.domain.tracking.CheckInEntry;
import org.fourstage.domain.tracking.CheckIns;
import org.fourstage.domain.tracking.EntryDating;
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
 * Daily check-ins as use cases: recording one (once per form, one per day), reading one
 * and correcting it, each with its audit entry in the same transaction.
 */
@Service
public class CheckInRecording {

	private final CheckIns checkIns;

	private final EntryClock clock;

	private final AuditTrail audit;

	private final AlertRaising alerts;

	CheckInRecording(CheckIns checkIns, EntryClock clock, AuditTrail audit, AlertRaising alerts) {
		this.checkIns = checkIns;
		this.clock = clock;
		this.audit = audit;
		this.alerts = alerts;
	}

	/**
	 * A check-in as typed.
	 *
	 * @param day the day it describes
	 * @param morningPain morning pain
	 * @param eveningPain evening pain, may be empty
	 * @param morningStiffnessMinutes stiffness minutes
	 * @param sleepQuality sleep quality
	 * @param sittingToleranceMinutes sitting minutes
	 */
	public record Values(@Nullable LocalDate day, @Nullable Integer morningPain, @Nullable Integer eveningPain,
			@Nullable Integer morningStiffnessMinutes, @Nullable Integer sleepQuality,
			@Nullable Integer sittingToleranceMinutes) {

		Validated<CheckInEntry> validate(EntryDating dating) {
			return CheckInEntry.validate(dating, this.day, this.morningPain, this.eveningPain,
					this.morningStiffnessMinutes, this.sleepQuality, this.sittingToleranceMinutes);
		}

	}

	/** How a request to record or correct a check-in ended. */
	public sealed interface Outcome permits Recorded, Refused, DayTaken, Locked {

	}

	/**
	 * Kept.
	 *
	 * @param checkIn the check-in
	 * @param created false when the same form had been sent before and this is its
	 * check-in
	 */
	public record Recorded(CheckIn checkIn, boolean created) implements Outcome {
	}

	/**
	 * Nothing kept: fields out of bounds.
	 *
	 * @param violations what is wrong
	 */
	public record Refused(Violations violations) implements Outcome {
	}

	/**
	 * Nothing kept: another form already made the check-in of that day.
	 *
	 * @param existing that day's check-in, to be changed instead
	 */
	public record DayTaken(CheckIn existing) implements Outcome {
	}

	/** Nothing kept: the check-in is no longer open to corrections by this person. */
	public record Locked() implements Outcome {
	}

	/**
	 * What is wrong with a check-in as typed, without saving anything: for a form that
	 * also holds values that could not be read, so every problem is shown at once.
	 * @param actor who enters
	 * @param values what was typed
	 * @return the problems
	 */
	public Violations check(Actor actor, Values values) {
		return values.validate(this.clock.datingFor(actor)).violations();
	}

	/**
	 * Records a check-in.
	 * @param actor the patient, or a physio on the patient's behalf
	 * @param patient whose check-in it is
	 * @param idempotencyKey the key of the form
	 * @param values what was typed
	 * @return the outcome
	 * @throws NotFoundException when the patient is not of the actor's clinic
	 */
	@Transactional
	public Outcome record(Actor actor, PatientId patient, UUID idempotencyKey, Values values) {
		EntryDating dating = this.clock.datingFor(actor);
		Validated<CheckInEntry> entry = values.validate(dating);
		if (!entry.isValid()) {
			return new Refused(entry.violations());
		}
		Optional<Saved<CheckIn>> saved = this.checkIns.record(actor.clinicId(), patient, idempotencyKey, entry.value(),
				EntryClock.recordedBy(actor), dating.now());
		if (saved.isEmpty()) {
			CheckIn existing = this.checkIns.forDay(actor.clinicId(), patient, entry.value().day())
				.orElseThrow(NotFoundException::new);
			this.audit.record(actor, AuditAction.CHECK_IN_RECORDED, AuditTarget.CHECK_IN, existing.id(), patient,
					AuditOutcome.FAILURE, "the day already has a check-in");
			return new DayTaken(existing);
		}
		CheckIn checkIn = saved.get().entry();
		this.audit.record(actor, saved.get().created() ? AuditAction.CHECK_IN_RECORDED : AuditAction.CHECK_IN_VIEWED,
				AuditTarget.CHECK_IN, checkIn.id(), patient, AuditOutcome.SUCCESS,
				saved.get().created() ? null : "form sent again");
		if (saved.get().created()) {
			this.alerts.afterCheckIn(actor, checkIn);
		}
		return new Recorded(checkIn, saved.get().created());
	}

	/**
	 * The check-in of a day, read and audited.
	 * @param actor who reads
	 * @param patient whose
	 * @param day the day
	 * @return the check-in, if one was made
	 */
	@Transactional
	public Optional<CheckIn> ofDay(Actor actor, PatientId patient, LocalDate day) {
		Optional<CheckIn> checkIn = this.checkIns.forDay(actor.clinicId(), patient, day);
		checkIn.ifPresent((found) -> this.audit.patientData(actor, AuditAction.CHECK_IN_VIEWED, AuditTarget.CHECK_IN,
				found.id(), patient));
		return checkIn;
	}

	/**
	 * Today's check-in of a patient.
	 * @param actor who reads
	 * @param patient whose
	 * @return the check-in, if made
	 */
	@Transactional
	public Optional<CheckIn> ofToday(Actor actor, PatientId patient) {
		return ofDay(actor, patient, this.clock.datingFor(actor).today());
	}

	/**
	 * One check-in, read and audited.
	 * @param actor who reads
	 * @param patient whose
	 * @param checkInId which
	 * @return the check-in
	 * @throws NotFoundException when the patient has no such check-in in the clinic
	 */
	@Transactional
	public CheckIn read(Actor actor, PatientId patient, UUID checkInId) {
		CheckIn checkIn = this.checkIns.find(actor.clinicId(), patient, checkInId).orElseThrow(NotFoundException::new);
		this.audit.patientData(actor, AuditAction.CHECK_IN_VIEWED, AuditTarget.CHECK_IN, checkIn.id(), patient);
		return checkIn;
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
	 * Whether a check-in is still open to this person's corrections.
	 * @param actor who wants to correct
	 * @param checkIn the check-in
	 * @return true for the patient's own check-in made in the last 48 hours
	 */
	public boolean mayCorrect(Actor actor, CheckIn checkIn) {
		return this.clock.datingFor(actor).mayCorrect(checkIn.recordedBy(), checkIn.createdAt(), actor.accountId());
	}

	/**
	 * Corrects a check-in; its day stays, whatever day the values name.
	 * @param actor the patient who made it
	 * @param patient whose
	 * @param checkInId which
	 * @param values the corrected values
	 * @return the outcome
	 */
	@Transactional
	public Outcome correct(Actor actor, PatientId patient, UUID checkInId, Values values) {
		CheckIn checkIn = this.checkIns.find(actor.clinicId(), patient, checkInId).orElseThrow(NotFoundException::new);
		EntryDating dating = this.clock.datingFor(actor);
		if (!dating.mayCorrect(checkIn.recordedBy(), checkIn.createdAt(), actor.accountId())) {
			this.audit.record(actor, AuditAction.CHECK_IN_CORRECTED, AuditTarget.CHECK_IN, checkIn.id(), patient,
					AuditOutcome.DENIED, "past the correction window");
			return new Locked();
		}
		// The day of a check-in does not change.
		Values sameDay = new Values(checkIn.entry().day(), values.morningPain(), values.eveningPain(),
				values.morningStiffnessMinutes(), values.sleepQuality(), values.sittingToleranceMinutes());
		Validated<CheckInEntry> entry = sameDay.validate(dating.forUnchangedDate());
		if (!entry.isValid()) {
			return new Refused(entry.violations());
		}
		this.checkIns.correct(actor.clinicId(), patient, checkIn.id(), entry.value(), dating.now());
		this.audit.patientData(actor, AuditAction.CHECK_IN_CORRECTED, AuditTarget.CHECK_IN, checkIn.id(), patient);
		CheckIn corrected = this.checkIns.find(actor.clinicId(), patient, checkIn.id()).orElseThrow();
		this.alerts.afterCheckIn(actor, corrected);
		return new Recorded(corrected, false);
	}

}
