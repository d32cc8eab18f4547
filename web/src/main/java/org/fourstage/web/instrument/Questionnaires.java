package org.fourstage.web.instrument;

import java.util.List;
import java.util.Optional;

import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.PatientSpecificFunctionalScale;
import org.fourstage.domain.instrument.StartBackScreen;

/**
 * The questionnaires a physio enters from paper or a patient answers in the portal. Pain
 * ratings are part of the assessment form itself.
 */
public final class Questionnaires {

	public static final List<InstrumentDefinition> ALL = List.of(DisabilityIndex.DEFINITION,
			PatientSpecificFunctionalScale.DEFINITION, StartBackScreen.DEFINITION);

	private Questionnaires() {
	}

	public static Optional<InstrumentDefinition> find(String id) {
		return ALL.stream().filter((definition) -> definition.id().value().equals(id)).findFirst();
	}

	/**
	 * The questionnaires whose item wording the product cannot ship.
	 * @return the licensed ones
	 */
	public static List<InstrumentDefinition> licensed() {
		return ALL.stream().filter((definition) -> !definition.hasItemText()).toList();
	}

}
