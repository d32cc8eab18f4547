package org.fourstage.persistence.database;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Domain records kept in {@code jsonb} columns: assessment answers and prescribed
 * programs. Reading tolerates fields that later versions dropped, so older rows stay
 * readable.
 */
public final class JsonColumns {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private JsonColumns() {
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	public static <T> T read(String json, Class<T> type) {
		return MAPPER.readValue(json, type);
	}

	public static <T> T read(String json, TypeReference<T> type) {
		return MAPPER.readValue(json, type);
	}

}
