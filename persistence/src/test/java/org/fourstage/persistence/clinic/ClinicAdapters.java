package org.fourstage.persistence.clinic;

import org.fourstage.domain.clinic.ClinicRepository;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The clinic adapters for tests of other packages and modules, which see only the domain
 * ports: the adapters themselves are package-private.
 */
public final class ClinicAdapters {

	private ClinicAdapters() {
	}

	public static ClinicRepository clinics(JdbcClient jdbc) {
		return new JdbcClinicRepository(jdbc);
	}

}
