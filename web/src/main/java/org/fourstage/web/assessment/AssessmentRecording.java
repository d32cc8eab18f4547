package org.fourstage.web.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.fourstage.domain.assessment.AssessmentDerivation;
import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentFindings;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.RedFlagOverride;
import org.fourstage.domain.assessment.RedFlagOverrides;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.EntrySource;
import org.fourstage.domain.instrument.InstrumentResponse;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.InstrumentScorer;
import org.fourstage.domain.instrument.ScoreOutcome;
import org.fourstage.domain.instrument.Instruments;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.support.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to an assessment, each saved together with its audit entry.
 */
@Service
class AssessmentRecording {

	private static final AuditTarget TARGET = AuditTarget.ASSESSMENT;

	private final AssessmentRepository assessments;

	private final RedFlagOverrides overrides;

	private final InstrumentResponseRepository responses;

	private final AuditTrail audit;

	private final Clock clock;

	AssessmentRecording(AssessmentRepository assessments, RedFlagOverrides overrides,
			InstrumentResponseRepository responses, AuditTrail audit, Clock clock) {
		this.assessments = assessments;
		this.overrides = overrides;
		this.responses = responses;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Starts an assessment. A re-assessment starts from the answers of the latest
	 * completed one, except the pain ratings and the red flags, which must be asked
	 * afresh.
	 * @param physio who starts it
	 * @param patientId the patient
	 * @param kind initial or re-assessment
	 * @return the draft, or empty when a re-assessment has nothing to start from
	 */
	@Transactional
	Optional<StoredAssessment> start(Actor physio, PatientId patientId, AssessmentKind kind) {
		LocalDate today = LocalDate.now(this.clock);
		AssessmentDraft answers;
		if (kind == AssessmentKind.REASSESSMENT) {
			Optional<StoredAssessment> last = this.assessments.latestCompleted(physio.clinicId(), patientId);
			if (last.isEmpty()) {
				return Optional.empty();
			}
			AssessmentDraft before = last.get().answers();
			answers = new AssessmentDraft(kind, today, null, before.history(), before.where(), before.qualities(),
					before.behaviour(), before.sleepAndHabits(), null, before.physicalChecks());
		}
		else {
			answers = new AssessmentDraft(kind, today, null, null, null, null, null, null, null, null);
		}
		StoredAssessment started = this.assessments.start(physio.clinicId(), patientId, kind, answers,
				physio.accountId());
		this.audit.patientData(physio, AuditAction.ASSESSMENT_STARTED, TARGET, started.id(), patientId);
		return Optional.of(started);
	}

	@Transactional
	void saveDraft(Actor physio, StoredAssessment assessment, AssessmentDraft answers, int version) {
		this.assessments.saveDraft(physio.clinicId(), assessment.id(), answers, version);
		this.audit.patientData(physio, AuditAction.ASSESSMENT_DRAFT_SAVED, TARGET, assessment.id(),
				assessment.patientId());
	}

	@Transactional
	void complete(Actor physio, StoredAssessment assessment, AssessmentDraft answers, AssessmentFindings findings,
			int version) {
		this.assessments.complete(physio.clinicId(), assessment.id(), answers, findings, physio.accountId(), version);
		this.audit.patientData(physio, AuditAction.ASSESSMENT_COMPLETED, TARGET, assessment.id(),
				assessment.patientId());
	}

	/**
	 * Records the physio's clinical override of the red flags of a completed assessment
	 * whose conclusion is urgent.
	 * @param physio who overrides
	 * @param assessment the assessment
	 * @param reason the reason as typed
	 * @return the message key of the reason's problem, or empty when the override is
	 * recorded; nothing is written when there is a problem
	 * @throws NotFoundException when the assessment's conclusion is not urgent, so that
	 * there is nothing to override
	 */
	@Transactional
	Optional<String> overrideRedFlags(Actor physio, StoredAssessment assessment, String reason) {
		Optional<AssessmentDerivation> concluded = assessment.concluded();
		if (concluded.isEmpty() || !concluded.get().urgent()) {
			throw new NotFoundException();
		}
		Optional<String> problem = overrideProblem(reason);
		if (problem.isPresent()) {
			return problem;
		}
		this.overrides.record(physio.clinicId(), assessment.patientId(), assessment.id(), reason, physio.accountId());
		this.audit.patientData(physio, AuditAction.RED_FLAG_OVERRIDDEN, TARGET, assessment.id(),
				assessment.patientId());
		return Optional.empty();
	}

	private static Optional<String> overrideProblem(String reason) {
		String text = reason.strip();
		if (text.isEmpty()) {
			return Optional.of("assessment.override.required");
		}
		if (!RedFlagOverride.isAcceptableReason(text)) {
			return Optional.of("assessment.override.length");
		}
		if (!FreeText.isPlain(text)) {
			return Optional.of("assessment.override.characters");
		}
		return Optional.empty();
	}

	@Transactional
	ScoreOutcome recordFromPaper(Actor physio, StoredAssessment assessment, InstrumentResponse response) {
		var definition = Instruments.find(response.instrument(), response.version()).orElseThrow();
		ScoreOutcome outcome = InstrumentScorer.score(definition, response);
		var stored = this.responses.save(physio.clinicId(), assessment.patientId(), assessment.id().value(), response,
				outcome, EntrySource.PHYSIO_FROM_PAPER, physio.accountId());
		this.audit.patientData(physio, AuditAction.INSTRUMENT_RESPONSE_RECORDED, AuditTarget.INSTRUMENT_RESPONSE,
				stored.id(), assessment.patientId());
		return outcome;
	}

}
