package org.fourstage.web.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.paging.Page;
import org.fourstage.domain.paging.Paging;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Programs;
import org.fourstage.reporting.tracking.TrackingHistory;
import org.fourstage.reporting.tracking.TrackingHistoryQuery;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a patient's progress, for the patient or for a physio of the clinic, with the
 * audit entry of the read in the same transaction. The whole tracked history is read: a
 * patient's entries are a few a day, so even years of them stay small.
 */
@Service
public class ProgressReading {

	/** Lines of the timeline on one page. */
	static final int TIMELINE_PAGE_SIZE = 25;

	/** The first day read: before any entry this system can hold. */
	private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

	private final PatientRepository patients;

	private final Programs programs;

	private final TrackingHistoryQuery query;

	private final AuditTrail audit;

	private final Clock clock;

	ProgressReading(PatientRepository patients, Programs programs, TrackingHistoryQuery query, AuditTrail audit,
			Clock clock) {
		this.patients = patients;
		this.programs = programs;
		this.query = query;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A patient's progress and their program.
	 *
	 * @param patient the patient
	 * @param program their program; null when none is assigned
	 * @param facts the figures
	 */
	record Progress(Patient patient, @Nullable AssignedProgram program, ProgressFacts facts) {

	}

	/**
	 * The physio's tracking page of a patient: the progress and one page of the timeline.
	 *
	 * @param progress the progress
	 * @param timeline the page of the timeline, newest first
	 */
	record Tracking(Progress progress, Page<TimelineEntry> timeline) {

	}

	/**
	 * The signed-in patient's own progress.
	 * @param patient the patient's account
	 * @param me the patient's record
	 * @return the progress
	 * @throws NotFoundException when the record is not of the patient's clinic
	 */
	@Transactional
	public Progress own(Actor patient, PatientId me) {
		Progress progress = read(patient, me);
		this.audit.record(patient, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRESS, me, me, AuditOutcome.SUCCESS,
				"own progress");
		return progress;
	}

	/**
	 * A patient's progress and timeline for a physio of their clinic.
	 * @param physio the physio
	 * @param patientId the patient
	 * @param page the page of the timeline, from 0; out of range is brought within
	 * @return the tracking page
	 * @throws NotFoundException when the patient is not of the physio's clinic
	 */
	@Transactional
	public Tracking forPhysio(Actor physio, PatientId patientId, int page) {
		Progress progress = read(physio, patientId);
		List<TimelineEntry> entries = TimelineEntry.of(progress.facts().history(), zone());
		int size = TIMELINE_PAGE_SIZE;
		int last = Math.max(0, (entries.size() - 1) / size);
		int shown = Math.min(Paging.clamp(page), last);
		List<TimelineEntry> items = entries.subList(Math.min(entries.size(), shown * size),
				Math.min(entries.size(), (shown + 1) * size));
		this.audit.record(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRESS, patientId, patientId,
				AuditOutcome.SUCCESS, "tracking page " + (shown + 1));
		return new Tracking(progress, new Page<>(items, shown, size, entries.size()));
	}

	private Progress read(Actor actor, PatientId patientId) {
		Patient patient = this.patients.find(actor.clinicId(), patientId).orElseThrow(NotFoundException::new);
		AssignedProgram program = this.programs.forPatient(actor.clinicId(), patientId).orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		TrackingHistory history = this.query.history(actor.clinicId(), patientId, FIRST_DAY, today, zone());
		return new Progress(patient, program, ProgressFacts.of(history, program, today, zone()));
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

}
