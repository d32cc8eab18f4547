package org.fourstage.domain.patient;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientDetailsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static PatientDetails details(String reference, String name, LocalDate born, LocalDate consent) {
		return new PatientDetails(reference, name, born, Sex.FEMALE, "+44 20 7946 0000", null, "GP", consent);
	}

	@Test
	void acceptsOrdinaryDetails() {
		assertThat(details("P-1042", "Maria Ortiz", LocalDate.of(1971, 3, 2), TODAY).check(TODAY).isEmpty()).isTrue();
	}

	@Test
	void refusesABirthDateInTheFutureOrOverOneHundredTwentyYearsAgo() {
		assertThat(details("P-1", "A", TODAY.plusDays(1), TODAY).check(TODAY).fields()).contains("dateOfBirth");
		assertThat(details("P-1", "A", TODAY.minusYears(120).minusDays(1), TODAY).check(TODAY).fields())
			.contains("dateOfBirth");
		assertThat(details("P-1", "A", TODAY.minusYears(120), TODAY).check(TODAY).fields())
			.doesNotContain("dateOfBirth");
	}

	@Test
	void refusesConsentInTheFutureOrBeforeBirth() {
		assertThat(details("P-1", "A", LocalDate.of(2000, 1, 1), TODAY.plusDays(1)).check(TODAY).fields())
			.containsExactly("consentDate");
		assertThat(details("P-1", "A", LocalDate.of(2000, 1, 1), LocalDate.of(1999, 12, 31)).check(TODAY).fields())
			.containsExactly("consentDate");
	}

	@Test
	void refusesMarkupAndOddReferences() {
		assertThat(details("<b>", "<script>alert(1)</script>", LocalDate.of(2000, 1, 1), TODAY).check(TODAY).fields())
			.containsExactlyInAnyOrder("reference", "name");
		assertThat(details("x".repeat(41), "Ok", LocalDate.of(2000, 1, 1), TODAY).check(TODAY).fields())
			.containsExactly("reference");
	}

	@Test
	void aNameIsRequiredAndHasAtMostOneHundredCharactersOnceTrimmedWithoutMarkup() {
		assertThat(PatientDetails.checkName(null).errors()).singleElement()
			.satisfies((error) -> assertThat(error.code()).isEqualTo("validation.required"));
		assertThat(PatientDetails.checkName("   ").errors()).singleElement()
			.satisfies((error) -> assertThat(error.code()).isEqualTo("validation.required"));
		assertThat(PatientDetails.checkName("x".repeat(101)).errors()).singleElement()
			.satisfies((error) -> assertThat(error.code()).isEqualTo("validation.tooLong"));
		assertThat(PatientDetails.checkName("Ann <b>Lee</b>").errors()).singleElement()
			.satisfies((error) -> assertThat(error.code()).isEqualTo("validation.name"));
		assertThat(PatientDetails.checkName("  " + "x".repeat(100) + "  ").isEmpty()).isTrue();
		assertThat(PatientDetails.checkName("Ann Lee").fields()).isEmpty();
	}

	@Test
	void theDetailsCheckTheNameWithTheSameRule() {
		assertThat(details("P-1", " ", LocalDate.of(2000, 1, 1), TODAY).check(TODAY).fields()).containsExactly("name");
		assertThat(details("P-1", "x".repeat(101), LocalDate.of(2000, 1, 1), TODAY).check(TODAY).fields())
			.containsExactly("name");
	}

}
