package org.fourstage.web.database;

import org.flywaydb.core.Flyway;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class HealthEndpointIT {

	@Autowired
	private Flyway flyway;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportsUpWithTheDatabaseChecked() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details").doesNotExist());
	}

	@Test
	void offersLivenessAndReadinessGroups() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void servesNoOtherActuatorEndpointToAnonymousVisitors() throws Exception {
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/loggers", "/actuator/mappings" }) {
			this.mvc.perform(get(endpoint)).andExpect(status().is3xxRedirection());
		}
	}

	@Test
	void migratedTheSchemaAtStartUp() {
		// The migration history belongs to the schema's owner, so Flyway (signed in as
		// it) reads it.
		long failed = java.util.Arrays.stream(this.flyway.info().applied())
			.filter((migration) -> migration.getState().isFailed())
			.count();
		org.assertj.core.api.Assertions.assertThat(this.flyway.info().pending()).isEmpty();
		Integer tables = this.jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'clinics'")
			.query(Integer.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(failed).isZero();
		org.assertj.core.api.Assertions.assertThat(tables).isOne();
	}

}
