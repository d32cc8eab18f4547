package org.fourstage.domain.assessment;

import java.time.Instant;
import java.util.Optional;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.validation.Validated;
import org.jspecify.annotations.Nullable;

/**
 * An assessment as kept: the answers as entered, and where it stands.
 *
 * @param id the assessment
 * @param clinicId its clinic
 * @param patientId the patient assessed
 * @param kind initial or re-assessment
 * @param status draft or completed
 * @param answers the answers as entered
 * @param version the optimistic-locking version the next change must name
 * @param createdAt when it was started
 * @param completedAt when it was completed, for a completed one
 * @param derivation what the rules concluded at completion, with their version; none for
 * a draft, and none for an assessment completed before derivations were kept
 */
public record StoredAssessment(AssessmentId id, ClinicId clinicId, PatientId patientId, AssessmentKind kind,
		AssessmentStatus status, AssessmentDraft answers, int version, Instant createdAt, @Nullable Instant completedAt,
		@Nullable AssessmentDerivation derivation) {

	public boolean isCompleted() {
		return this.status == AssessmentStatus.COMPLETED;
	}

	/**
	 * The checked assessment, for a completed one. The answers are checked again by the
	 * rules as they are now; what was concluded at completion is {@link #derivation()}.
	 * @return the assessment, empty for a draft
	 */
	public Optional<Assessment> assessment() {
		if (!isCompleted()) {
			return Optional.empty();
		}
		Validated<Assessment> checked = AssessmentValidator.validate(this.answers);
		return checked.isValid() ? Optional.of(checked.value()) : Optional.empty();
	}

	/**
	 * What was concluded for a completed assessment: the derivation kept at completion,
	 * or, for one completed before derivations were kept, the one today's rules make.
	 * @return the conclusion, empty for a draft
	 */
	public Optional<AssessmentDerivation> concluded() {
		return (this.derivation != null) ? Optional.of(this.derivation) : assessment().map(AssessmentDerivation::of);
	}

}
