package org.fourstage.persistence.clinic;

import java.util.UUID;

import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.clinic.ClinicCode;
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
	void givesEachClinicASignInCodeFromItsNameAndFindsItByTheCode() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		Clinic first = this.clinics.add(new ClinicName(unique + " St. Anne's Back & Spine Care"));
		Clinic second = this.clinics.add(new ClinicName(unique + " ST ANNE'S back & spine, Harbour"));

		assertThat(first.signInCode()).isEqualTo(new ClinicCode(unique + "-st-anne-s-bac"));
		assertThat(second.signInCode()).isEqualTo(new ClinicCode(unique + "-st-anne-s-bac-2"));
		assertThat(this.clinics.findBySignInCode(new ClinicCode(" " + unique.toUpperCase() + "-St-Anne-S-Bac-2")))
			.contains(second);
		assertThat(this.clinics.findBySignInCode(new ClinicCode("no-such-clinic"))).isEmpty();
	}

	@Test
	void findsNothingForAnUnknownId() {
		assertThat(this.clinics.find(new ClinicId(java.util.UUID.randomUUID()))).isEmpty();
	}

}
