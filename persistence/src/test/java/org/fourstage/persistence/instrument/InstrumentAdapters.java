package org.fourstage.persistence.instrument;

import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.ItemTextRepository;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The questionnaire adapters for tests of other packages, which see only the domain
 * ports: the adapters themselves are package-private.
 */
public final class InstrumentAdapters {

	private InstrumentAdapters() {
	}

	public static InstrumentResponseRepository responses(JdbcClient jdbc) {
		return new JdbcInstrumentResponseRepository(jdbc);
	}

	public static ItemTextRepository itemTexts(JdbcClient jdbc) {
		return new JdbcItemTextRepository(jdbc);
	}

}
