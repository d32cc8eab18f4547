package org.fourstage.persistence.program;

import java.util.List;

import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.ProgramChange;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns programs into the JSON kept in {@code jsonb} columns and back. Only the records'
 * components are written; derived values are recomputed when read.
 */
final class ProgramJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ProgramJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static Program program(String json) {
		return MAPPER.readValue(json, Program.class);
	}

	static List<ProgramChange> changes(String json) {
		return MAPPER.readValue(json, new TypeReference<List<ProgramChange>>() {
		});
	}

}
