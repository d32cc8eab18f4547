package org.fourstage.persistence.clinic;

import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.clinic.ClinicName;
import org.fourstage.domain.clinic.DuplicateClinicNameException;
import org.fourstage.persistence.testing.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class JdbcClinicRepositoryIT {

	private final JdbcClinicRepository clinics;

	JdbcClinicRepositoryIT(JdbcClient jdbc) {
		this.clinics = new JdbcClinicRepository(jdbc);
	}

	@Test
	void keepsAnAddedClinic() {
		Clinic added = this.clinics.add(new ClinicName("Harbour Physio"));

		assertThat(this.clinics.find(added.id())).contains(added);
		assertThat(this.clinics.findAll()).extracting(Clinic::name).contains(new ClinicName("Harbour Physio"));
	}

	@Test
	void refusesASecondClinicWithTheSameNameInOtherCase() {
		this.clinics.add(new ClinicName("Northside Back Care"));

		assertThatExceptionOfType(DuplicateClinicNameException.class)
			.isThrownBy(() -> this.clinics.add(new ClinicName("NORTHSIDE back care")));
	}

	@Test
	void findsNothingForAnUnknownId() {
		assertThat(this.clinics.find(new ClinicId(java.util.UUID.randomUUID()))).isEmpty();
	}

}
