package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.tracking.Amount;
import org.fourstage.domain.tracking.Completion;
import org.fourstage.domain.tracking.EntryDating;
import org.fourstage.domain.tracking.ExerciseSession;
import org.fourstage.domain.tracking.ExerciseSessions;
import org.fourstage.domain.tracking.Saved;
import org.fourstage.domain.tracking.SessionEntry;
import org.fourstage.domain.tracking.SessionExercise;
import org.fourstage.domain.tracking.SessionLine;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.fourstage.web.alert.AlertRaising;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging exercise sessions as use cases: the exercises of the patient's current stage to
 * log against, recording a session (once per form), reading one and correcting it, each
 * with its audit entry in the same transaction. The today page's log and the physio's
 * entry on a patient's behalf both use it.
 */
@Service
public class SessionLogging {

	private final ExerciseSessions sessions;

	private final Programs programs;

	private final EntryClock clock;

	private final AuditTrail audit;

	private final AlertRaising alerts;

	SessionLogging(ExerciseSessions sessions, Programs programs, EntryClock clock, AuditTrail audit,
			AlertRaising alerts) {
		this.sessions = sessions;
		this.programs = programs;
		this.clock = clock;
		this.audit = audit;
		this.alerts = alerts;
	}

	/**
	 * One exercise as typed.
	 *
	 * @param exercise the exercise code as the program stores it
	 * @param completion done, partly or skipped
	 * @param sets sets done
	 * @param reps repetitions done
	 * @param holdSeconds hold done
	 */
	public record Line(String exercise, @Nullable Completion completion, @Nullable Integer sets, @Nullable Integer reps,
			@Nullable Integer holdSeconds) {
	}

	/**
	 * A session as typed.
	 *
	 * @param performedOn the day
	 * @param lines the exercises
	 * @param painBefore pain before
	 * @param painAfter pain after
	 * @param difficulty how hard it felt
	 * @param note a note, may be empty
	 */
	public record Values(@Nullable LocalDate performedOn, List<Line> lines, @Nullable Integer painBefore,
			@Nullable Integer painAfter, @Nullable Integer difficulty, @Nullable String note) {

		public Values {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * An exercise to log, with what is prescribed: the rows of a session form.
	 *
	 * @param exercise the prescription
	 * @param prescribed its sets, repetitions and hold
	 */
	public record Prescribed(PrescribedExercise exercise, Amount prescribed) {
	}

	/** How a request to record or correct a session ended. */
	public sealed interface Outcome permits Recorded, Refused, NoProgram, Locked {

	}

	/**
	 * Kept.
	 *
	 * @param session the session
	 * @param created false when the same form had been sent before and this is its
	 * session
	 */
	public record Recorded(ExerciseSession session, boolean created) implements Outcome {
	}

	/**
	 * Nothing kept: fields out of bounds. Rows are named {@code exercises[i].field} in
	 * the order of the stage's exercises.
	 *
	 * @param violations what is wrong
	 */
	public record Refused(Violations violations) implements Outcome {
	}

	/** Nothing kept: the patient has no program to log against. */
	public record NoProgram() implements Outcome {
	}

	/** Nothing kept: the session is no longer open to corrections by this person. */
	public record Locked() implements Outcome {
	}

	/**
	 * The exercises of the patient's current stage with their prescribed dosage, for a
	 * new session form. Reading the program is audited.
	 * @param actor who asks
	 * @param patient whose program
	 * @return the rows, empty when the patient has no program or the stage is empty
	 */
	@Transactional
	public List<Prescribed> exercisesToLog(Actor actor, PatientId patient) {
		Optional<AssignedProgram> program = this.programs.forPatient(actor.clinicId(), patient);
		if (program.isEmpty()) {
			return List.of();
		}
		this.audit.patientData(actor, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRAM, program.get().id(), patient);
		return program.get()
			.today()
			.exercises()
			.stream()
			.map((exercise) -> new Prescribed(exercise, Amount.prescribed(exercise.dosage())))
			.toList();
	}

	/**
	 * What is wrong with a session as typed, without saving anything: for a form that
	 * also holds values that could not be read, so every problem is shown at once.
	 * @param actor who enters
	 * @param patient whose session
	 * @param values what was typed
	 * @return the problems; none when the patient has no program
	 */
	@Transactional(readOnly = true)
	public Violations check(Actor actor, PatientId patient, Values values) {
		return this.programs.forPatient(actor.clinicId(), patient)
			.map((program) -> validate(this.clock.datingFor(actor), values, lines(program, values)).violations())
			.orElse(Violations.none());
	}

	/**
	 * Records a session of the patient's current stage. Rows are matched to the stage's
	 * exercises by code; an exercise of the stage without a row is refused as not
	 * answered, a row for an exercise not in the stage is left out.
	 * @param actor the patient, or a physio on the patient's behalf
	 * @param patient whose session
	 * @param idempotencyKey the key of the form
	 * @param values what was typed
	 * @return the outcome
	 */
	@Transactional
	public Outcome record(Actor actor, PatientId patient, UUID idempotencyKey, Values values) {
		Optional<AssignedProgram> program = this.programs.forPatient(actor.clinicId(), patient);
		if (program.isEmpty()) {
			return new NoProgram();
		}
		EntryDating dating = this.clock.datingFor(actor);
		Validated<SessionEntry> entry = validate(dating, values, lines(program.get(), values));
		if (!entry.isValid()) {
			return new Refused(entry.violations());
		}
		Saved<ExerciseSession> saved = this.sessions
			.record(actor.clinicId(), patient, idempotencyKey, program.get().id(), program.get().currentStage(),
					entry.value(), EntryClock.recordedBy(actor), dating.now())
			.orElseThrow(NotFoundException::new);
		this.audit.record(actor,
				saved.created() ? AuditAction.EXERCISE_SESSION_RECORDED : AuditAction.EXERCISE_SESSION_VIEWED,
				AuditTarget.EXERCISE_SESSION, saved.entry().id(), patient, AuditOutcome.SUCCESS,
				saved.created() ? null : "form sent again");
		if (saved.created()) {
			this.alerts.afterSession(actor, saved.entry());
		}
		return new Recorded(saved.entry(), saved.created());
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
	 * One session, read and audited.
	 * @param actor who reads
	 * @param patient whose
	 * @param sessionId which
	 * @return the session
	 * @throws NotFoundException when the patient has no such session in the clinic
	 */
	@Transactional
	public ExerciseSession read(Actor actor, PatientId patient, UUID sessionId) {
		ExerciseSession session = this.sessions.find(actor.clinicId(), patient, sessionId)
			.orElseThrow(NotFoundException::new);
		this.audit.patientData(actor, AuditAction.EXERCISE_SESSION_VIEWED, AuditTarget.EXERCISE_SESSION, session.id(),
				patient);
		return session;
	}

	/**
	 * Whether a session is still open to this person's corrections.
	 * @param actor who wants to correct
	 * @param session the session
	 * @return true for the patient's own session logged in the last 48 hours
	 */
	public boolean mayCorrect(Actor actor, ExerciseSession session) {
		return this.clock.datingFor(actor).mayCorrect(session.recordedBy(), session.createdAt(), actor.accountId());
	}

	/**
	 * Corrects a session: the same exercises with what was prescribed then, new values. A
	 * day left as it was stays accepted; a changed day is checked as a new one.
	 * @param actor the patient who logged it
	 * @param patient whose
	 * @param sessionId which
	 * @param values the corrected values
	 * @return the outcome
	 */
	@Transactional
	public Outcome correct(Actor actor, PatientId patient, UUID sessionId, Values values) {
		ExerciseSession session = this.sessions.find(actor.clinicId(), patient, sessionId)
			.orElseThrow(NotFoundException::new);
		EntryDating dating = this.clock.datingFor(actor);
		if (!dating.mayCorrect(session.recordedBy(), session.createdAt(), actor.accountId())) {
			this.audit.record(actor, AuditAction.EXERCISE_SESSION_CORRECTED, AuditTarget.EXERCISE_SESSION, session.id(),
					patient, AuditOutcome.DENIED, "past the correction window");
			return new Locked();
		}
		List<SessionLine> lines = new ArrayList<>();
		for (SessionExercise exercise : session.entry().exercises()) {
			lines.add(line(exercise.exercise(), exercise.prescribed(), values.lines()));
		}
		boolean sameDay = session.entry().performedOn().equals(values.performedOn());
		Validated<SessionEntry> entry = validate(sameDay ? dating.forUnchangedDate() : dating, values, lines);
		if (!entry.isValid()) {
			return new Refused(entry.violations());
		}
		this.sessions.correct(actor.clinicId(), patient, session.id(), entry.value(), dating.now());
		this.audit.patientData(actor, AuditAction.EXERCISE_SESSION_CORRECTED, AuditTarget.EXERCISE_SESSION,
				session.id(), patient);
		ExerciseSession corrected = this.sessions.find(actor.clinicId(), patient, session.id()).orElseThrow();
		this.alerts.afterSession(actor, corrected);
		return new Recorded(corrected, false);
	}

	private static List<SessionLine> lines(AssignedProgram program, Values values) {
		List<SessionLine> lines = new ArrayList<>();
		for (PrescribedExercise exercise : program.today().exercises()) {
			lines.add(line(exercise.code(), Amount.prescribed(exercise.dosage()), values.lines()));
		}
		return lines;
	}

	private static Validated<SessionEntry> validate(EntryDating dating, Values values, List<SessionLine> lines) {
		return SessionEntry.validate(dating, values.performedOn(), lines, values.painBefore(), values.painAfter(),
				values.difficulty(), values.note());
	}

	private static SessionLine line(ExerciseCode code, Amount prescribed, List<Line> typed) {
		for (Line line : typed) {
			if (line.exercise().equals(code.value())) {
				return new SessionLine(code, prescribed, line.completion(), line.sets(), line.reps(),
						line.holdSeconds());
			}
		}
		return new SessionLine(code, prescribed, null, null, null, null);
	}

}
