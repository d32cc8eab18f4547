package org.fourstage.reporting.clinic;

import org.fourstage.persistence.testing.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class ClinicDirectoryQueryIT {

	@Test
	void listsClinicsByNameIgnoringCase(JdbcClient jdbc) {
		jdbc.sql("INSERT INTO clinics (name) VALUES ('harbour Physio'), ('Axis Back Care'), ('Central Spine')")
			.update();

		assertThat(new ClinicDirectoryQuery(jdbc).entries()).extracting(ClinicDirectoryEntry::name)
			.containsExactly("Axis Back Care", "Central Spine", "harbour Physio");
	}

}
