package org.fourstage.web.assessment;

import java.util.UUID;

import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.reporting.assessment.AssessmentSummaryQuery;
import org.fourstage.web.support.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds a patient and their assessments for the assessment pages, within the physio's own
 * clinic: another clinic's patient or assessment, or an assessment of another patient, is
 * not found.
 */
@Component
class AssessmentLookup {

	private final AssessmentRepository assessments;

	private final AssessmentSummaryQuery summaries;

	AssessmentLookup(AssessmentRepository assessments, AssessmentSummaryQuery summaries) {
		this.assessments = assessments;
		this.summaries = summaries;
	}

	/**
	 * One assessment of the patient.
	 * @param physio who looks
	 * @param patientId the patient named in the address
	 * @param assessmentId the assessment named in the address
	 * @return the assessment
	 * @throws NotFoundException when the physio's clinic has no such assessment of that
	 * patient
	 */
	StoredAssessment find(Actor physio, UUID patientId, UUID assessmentId) {
		return this.assessments.find(physio.clinicId(), new PatientId(patientId), new AssessmentId(assessmentId))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The patient's name, for the page heading.
	 * @param physio who looks
	 * @param patientId the patient
	 * @return the name
	 * @throws NotFoundException when the physio's clinic has no such patient
	 */
	String patientName(Actor physio, UUID patientId) {
		return this.summaries.patientName(physio.clinicId(), new PatientId(patientId))
			.orElseThrow(NotFoundException::new);
	}

}
