package org.fourstage.web.instrument;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.EntrySource;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.InstrumentResponse;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.InstrumentScorer;
import org.fourstage.domain.instrument.StoredResponse;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient answers a questionnaire in the portal: the server scores the answers and
 * keeps them, with their audit entry, in one transaction.
 */
@Service
class QuestionnaireAnswering {

	private final InstrumentResponseRepository responses;

	private final AuditTrail audit;

	QuestionnaireAnswering(InstrumentResponseRepository responses, AuditTrail audit) {
		this.responses = responses;
		this.audit = audit;
	}

	/**
	 * Scores and keeps the patient's own answers, outside any assessment.
	 * @param patient the patient's account
	 * @param me the patient's record
	 * @param definition the questionnaire with the clinic's item wording
	 * @param response the answers, already read as valid
	 * @return the kept answers with their score
	 */
	@Transactional
	StoredResponse answer(Actor patient, PatientId me, InstrumentDefinition definition, InstrumentResponse response) {
		StoredResponse stored = this.responses.save(patient.clinicId(), me, null, response,
				InstrumentScorer.score(definition, response), EntrySource.PATIENT, patient.accountId());
		this.audit.patientData(patient, AuditAction.INSTRUMENT_RESPONSE_RECORDED, AuditTarget.INSTRUMENT_RESPONSE,
				stored.id(), me);
		return stored;
	}

}
