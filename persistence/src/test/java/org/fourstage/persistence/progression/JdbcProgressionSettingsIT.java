package org.fourstage.persistence.progression;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.progression.ProgressionThresholds;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class JdbcProgressionSettingsIT {

	private final JdbcProgressionSettings settings;

	private final TestClinics clinics;

	JdbcProgressionSettingsIT(JdbcClient jdbc) {
		this.settings = new JdbcProgressionSettings(jdbc);
		this.clinics = new TestClinics(jdbc);
	}

	@Test
	void aClinicThatSavedNothingUsesTheDefaults() {
		assertThat(this.settings.thresholdsFor(this.clinics.clinic().id())).isEqualTo(ProgressionThresholds.DEFAULTS);
	}

	@Test
	void savedThresholdsApplyToTheirClinicOnlyAndCanBeChangedAgain() {
		Clinic home = this.clinics.clinic();
		Clinic other = this.clinics.clinic();
		var admin = this.clinics.staff(home, Role.ADMIN, "Ada Admin");
		ProgressionThresholds stricter = new ProgressionThresholds(2.5, 3.5, 10, 75, 3, 70, 20, 2.5, 21, 80, 2.5);
		ProgressionThresholds later = new ProgressionThresholds(1.5, 4, 5, 50, 4, 50, 12, 3, 10, 60, 4);

		this.settings.save(home.id(), admin.id(), stricter);
		assertThat(this.settings.thresholdsFor(home.id())).isEqualTo(stricter);
		assertThat(this.settings.thresholdsFor(other.id())).isEqualTo(ProgressionThresholds.DEFAULTS);

		this.settings.save(home.id(), admin.id(), later);
		assertThat(this.settings.thresholdsFor(home.id())).isEqualTo(later);
	}

}
