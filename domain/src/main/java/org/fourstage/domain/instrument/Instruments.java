package org.fourstage.domain.instrument;

import java.util.List;
import java.util.Optional;

/**
 * The instruments FourStage ships, in their current versions.
 */
public final class Instruments {

	private static final List<InstrumentDefinition> ALL = List.of(NumericPainRatingScale.DEFINITION,
			DisabilityIndex.DEFINITION, PatientSpecificFunctionalScale.DEFINITION, StartBackScreen.DEFINITION);

	private Instruments() {
	}

	public static List<InstrumentDefinition> all() {
		return ALL;
	}

	public static Optional<InstrumentDefinition> find(InstrumentId id, String version) {
		return ALL.stream()
			.filter((definition) -> definition.id().equals(id) && definition.version().equals(version))
			.findFirst();
	}

}
