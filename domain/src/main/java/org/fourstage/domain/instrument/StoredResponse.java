package org.fourstage.domain.instrument;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire completion as kept, item by item.
 *
 * @param id the stored response
 * @param patientId whose answers
 * @param assessmentId the assessment it belongs to, if any
 * @param response the answers with the instrument's id and version
 * @param source who entered them
 * @param enteredAt when
 */
public record StoredResponse(UUID id, PatientId patientId, @Nullable UUID assessmentId, InstrumentResponse response,
		EntrySource source, Instant enteredAt) {

	/**
	 * Scores the answers by the rules of the version they were given under.
	 * @return the score, or why there is none
	 */
	public ScoreOutcome score() {
		Optional<InstrumentDefinition> definition = Instruments.find(this.response.instrument(),
				this.response.version());
		return definition.map((found) -> InstrumentScorer.score(found, this.response))
			.orElseGet(() -> new NotScored("instrument.unknown-version"));
	}

}
