package org.fourstage.persistence.assessment;

import org.fourstage.domain.assessment.AssessmentDraft;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the answers of an assessment into JSON and back. The JSON follows the domain
 * record's component names, so a column holds what the physio entered, readable without
 * this code.
 */
final class AnswersJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private AnswersJson() {
	}

	static String write(AssessmentDraft answers) {
		return MAPPER.writeValueAsString(answers);
	}

	static AssessmentDraft read(String json) {
		return MAPPER.readValue(json, AssessmentDraft.class);
	}

}
