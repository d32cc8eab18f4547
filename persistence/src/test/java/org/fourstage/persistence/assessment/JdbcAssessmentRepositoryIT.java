package org.fourstage.persistence.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.assessment.AssessmentChangedException;
import org.fourstage.domain.assessment.AssessmentDerivation;
import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentFindings;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentRules;
import org.fourstage.domain.assessment.AssessmentStatus;
import org.fourstage.domain.assessment.AssessmentTestData;
import org.fourstage.domain.assessment.AssessmentValidator;
import org.fourstage.domain.assessment.DurationBand;
import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.RedFlagState;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.domain.instrument.EntrySource;
import org.fourstage.domain.instrument.InstrumentResponse;
import org.fourstage.domain.instrument.InstrumentScorer;
import org.fourstage.domain.instrument.ItemAnswer;
import org.fourstage.domain.instrument.Scored;
import org.fourstage.domain.instrument.StoredResponse;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.ItemTextRepository;
import org.fourstage.persistence.database.JsonColumns;
import org.fourstage.persistence.instrument.InstrumentAdapters;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@PostgresTest
class JdbcAssessmentRepositoryIT {

	private final JdbcClient jdbc;

	private final TestClinics clinics;

	private final JdbcAssessmentRepository assessments;

	private final JdbcRedFlagOverrides overrides;

	private final JdbcRedFlagStatus status;

	JdbcAssessmentRepositoryIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.clinics = new TestClinics(jdbc);
		this.assessments = new JdbcAssessmentRepository(jdbc);
		this.overrides = new JdbcRedFlagOverrides(jdbc);
		this.status = new JdbcRedFlagStatus(jdbc);
	}

	@Test
	void keepsEveryAnswerThroughTheJsonColumn() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		AssessmentDraft draft = AssessmentTestData.aCompleteDraft();

		StoredAssessment started = this.assessments.start(clinic.id(), patient, AssessmentKind.INITIAL, draft,
				physio.id());

		StoredAssessment read = this.assessments.find(clinic.id(), patient, started.id()).orElseThrow();
		assertThat(read.answers()).isEqualTo(draft);
		assertThat(read.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(this.jdbc.sql("SELECT answers -> 'pain' ->> 'now' FROM assessments WHERE id = :id")
			.param("id", started.id().value())
			.query(String.class)
			.single()).isEqualTo("4");
	}

	@Test
	void keepsTheDerivationMadeAtCompletionWithTheRulesVersion() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		AssessmentDraft draft = withFlags(EnumSet.of(RedFlag.SADDLE_NUMBNESS));
		AssessmentDerivation expected = AssessmentDerivation.of(AssessmentValidator.validate(draft).value());

		StoredAssessment completed = complete(clinic, physio, patient, draft);

		assertThat(completed.derivation()).isEqualTo(expected);
		assertThat(completed.derivation().rulesVersion()).isEqualTo(AssessmentRules.VERSION);
		assertThat(completed.derivation().redFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS);
		assertThat(this.assessments.latestCompleted(clinic.id(), patient).orElseThrow().derivation())
			.isEqualTo(expected);
		assertThat(this.jdbc.sql("SELECT rules_version FROM assessments WHERE id = :id")
			.param("id", completed.id().value())
			.query(Integer.class)
			.single()).isEqualTo(AssessmentRules.VERSION);
	}

	@Test
	void aDerivationWithArgumentsRoundTripsThroughJsonb() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		StoredAssessment completed = complete(clinic, physio, patient, AssessmentTestData.aCompleteDraft());
		AssessmentDerivation stored = new AssessmentDerivation(7, DurationBand.PERSISTENT,
				List.of(RedFlag.FEVER_OR_UNWELL), PainPattern.MIXED,
				List.of(new AssessmentDerivation.Code("pattern.below-knee", List.of())), List.of(), true,
				List.of(new AssessmentDerivation.Code("ql.flank", List.of("LEFT"))), true,
				List.of(new AssessmentDerivation.Code("morning.stiffness", List.of("45"))),
				List.of(new AssessmentDerivation.Code("sleep.mattress.too-soft", List.of())), Stage.CALM_AND_UNLOAD,
				List.of(new AssessmentDerivation.Code("stage.pain-now", List.of("8"))));
		this.jdbc
			.sql("UPDATE assessments SET derivation = CAST(:derivation AS jsonb), rules_version = 7 WHERE id = :id")
			.param("derivation", JsonColumns.write(stored))
			.param("id", completed.id().value())
			.update();

		assertThat(this.assessments.find(clinic.id(), patient, completed.id()).orElseThrow().derivation())
			.isEqualTo(stored);
	}

	@Test
	void aDraftAndAnAssessmentCompletedBeforeVersioningHaveNoDerivation() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		StoredAssessment draft = this.assessments.start(clinic.id(), patient, AssessmentKind.INITIAL,
				AssessmentTestData.aCompleteDraft(), physio.id());
		StoredAssessment completed = complete(clinic, physio, patient, AssessmentTestData.aCompleteDraft());
		this.jdbc.sql("UPDATE assessments SET derivation = NULL, rules_version = NULL WHERE id = :id")
			.param("id", completed.id().value())
			.update();

		assertThat(this.assessments.find(clinic.id(), patient, draft.id()).orElseThrow().derivation()).isNull();
		assertThat(this.assessments.find(clinic.id(), patient, completed.id()).orElseThrow().derivation()).isNull();
	}

	@Test
	void keepsAPartialDraftWithGaps() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		AssessmentDraft partial = new AssessmentDraft(AssessmentKind.INITIAL, null,
				new AssessmentDraft.Pain(5, null, null), null, null, null, null, null, null, null);

		StoredAssessment started = this.assessments.start(clinic.id(), patient, AssessmentKind.INITIAL, partial,
				physio.id());

		assertThat(this.assessments.find(clinic.id(), patient, started.id()).orElseThrow().answers())
			.isEqualTo(partial);
	}

	@Test
	void findsNothingOfAnotherClinic() {
		Clinic clinic = this.clinics.clinic();
		Clinic other = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		Account otherPhysio = this.clinics.staff(other, Role.PHYSIO, "Olga");
		PatientId patient = patient(clinic, physio);
		StoredAssessment started = this.assessments.start(clinic.id(), patient, AssessmentKind.INITIAL,
				AssessmentTestData.aCompleteDraft(), physio.id());

		assertThat(this.assessments.find(other.id(), patient, started.id())).isEmpty();
		assertThat(this.assessments.forPatient(other.id(), patient)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> this.assessments.start(other.id(), patient,
				AssessmentKind.INITIAL, AssessmentTestData.aCompleteDraft(), otherPhysio.id()));
		assertThatExceptionOfType(AssessmentChangedException.class).isThrownBy(() -> this.assessments
			.saveDraft(other.id(), started.id(), AssessmentTestData.aCompleteDraft(), started.version()));
	}

	@Test
	void refusesASaveBasedOnAnOutdatedVersion() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		StoredAssessment started = this.assessments.start(clinic.id(), patient, AssessmentKind.INITIAL,
				AssessmentTestData.aCompleteDraft(), physio.id());
		this.assessments.saveDraft(clinic.id(), started.id(), AssessmentTestData.aCompleteDraft(), started.version());

		assertThatExceptionOfType(AssessmentChangedException.class).isThrownBy(() -> this.assessments
			.saveDraft(clinic.id(), started.id(), AssessmentTestData.aCompleteDraft(), started.version()));
		assertThat(this.assessments.find(clinic.id(), patient, started.id()).orElseThrow().version())
			.isEqualTo(started.version() + 1);
	}

	@Test
	void anUrgentAssessmentBlocksAProgramUntilAnOverrideIsRecorded() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		assertThat(this.status.of(clinic.id(), patient)).isEqualTo(RedFlagState.NOT_ASSESSED);

		StoredAssessment urgent = complete(clinic, physio, patient, withFlags(EnumSet.of(RedFlag.SADDLE_NUMBNESS)));

		assertThat(this.status.of(clinic.id(), patient)).isEqualTo(RedFlagState.URGENT_MEDICAL_ASSESSMENT);
		assertThat(this.status.mayAssignProgram(clinic.id(), patient)).isFalse();

		this.overrides.record(clinic.id(), patient, urgent.id(), "Seen by the GP today, cleared for exercise.",
				physio.id());

		assertThat(this.status.of(clinic.id(), patient)).isEqualTo(RedFlagState.OVERRIDDEN);
		assertThat(this.status.mayAssignProgram(clinic.id(), patient)).isTrue();
		assertThat(this.overrides.of(clinic.id(), urgent.id())).singleElement()
			.satisfies((override) -> assertThat(override.recordedByName()).isEqualTo("Phil"));
		assertThat(this.status.of(this.clinics.clinic().id(), patient)).isEqualTo(RedFlagState.NOT_ASSESSED);
	}

	@Test
	void aLaterClearAssessmentResolvesAnEarlierFlag() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		complete(clinic, physio, patient, withFlags(EnumSet.of(RedFlag.FEVER_OR_UNWELL)));
		AssessmentDraft later = AssessmentTestData.aCompleteDraft();
		complete(clinic, physio, patient,
				new AssessmentDraft(AssessmentKind.REASSESSMENT, later.assessedOn().plusDays(14), later.pain(),
						later.history(), later.where(), later.qualities(), later.behaviour(), later.sleepAndHabits(),
						later.redFlags(), later.physicalChecks()));

		assertThat(this.status.of(clinic.id(), patient)).isEqualTo(RedFlagState.CLEAR);
	}

	@Test
	void theLatestCompletedIsOfTheLatestDayAndOfOneDayTheOneCompletedLast() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		AssessmentDraft draft = AssessmentTestData.aCompleteDraft();
		StoredAssessment first = complete(clinic, physio, patient, draft);
		StoredAssessment sameDayAfter = complete(clinic, physio, patient, draft);
		complete(clinic, physio, patient,
				new AssessmentDraft(AssessmentKind.REASSESSMENT, draft.assessedOn().minusDays(3), draft.pain(),
						draft.history(), draft.where(), draft.qualities(), draft.behaviour(), draft.sleepAndHabits(),
						draft.redFlags(), draft.physicalChecks()));
		this.assessments.start(clinic.id(), patient, AssessmentKind.REASSESSMENT, draft, physio.id());

		assertThat(this.assessments.latestCompleted(clinic.id(), patient)).get()
			.extracting(StoredAssessment::id)
			.isEqualTo(sameDayAfter.id())
			.isNotEqualTo(first.id());
		assertThat(this.assessments.latestCompleted(this.clinics.clinic().id(), patient)).isEmpty();
	}

	@Test
	void refusesAnOverrideOfAnAssessmentWithoutFlags() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		StoredAssessment clear = complete(clinic, physio, patient, AssessmentTestData.aCompleteDraft());

		assertThatIllegalArgumentException().isThrownBy(() -> this.overrides.record(clinic.id(), patient, clear.id(),
				"No reason to override anything here.", physio.id()));
	}

	@Test
	void keepsQuestionnaireAnswersItemByItemAndRescoresThem() {
		Clinic clinic = this.clinics.clinic();
		Account physio = this.clinics.staff(clinic, Role.PHYSIO, "Phil");
		PatientId patient = patient(clinic, physio);
		StoredAssessment assessment = this.assessments.start(clinic.id(), patient, AssessmentKind.INITIAL,
				AssessmentTestData.aCompleteDraft(), physio.id());
		InstrumentResponse response = InstrumentResponse.to(DisabilityIndex.DEFINITION,
				ItemAnswer.of("pain-intensity", 2), ItemAnswer.of("personal-care", 2), ItemAnswer.of("lifting", 2),
				ItemAnswer.of("walking", 2), ItemAnswer.of("sitting", 2), ItemAnswer.of("standing", 2),
				ItemAnswer.of("sleeping", 2), ItemAnswer.skipped("sex-life"), ItemAnswer.of("social-life", 2),
				ItemAnswer.of("travelling", 2));
		InstrumentResponseRepository responses = InstrumentAdapters.responses(this.jdbc);

		responses.save(clinic.id(), patient, assessment.id().value(), response,
				InstrumentScorer.score(DisabilityIndex.DEFINITION, response), EntrySource.PHYSIO_FROM_PAPER,
				physio.id());

		List<StoredResponse> stored = responses.forAssessment(clinic.id(), assessment.id().value());
		assertThat(stored).singleElement().satisfies((one) -> {
			assertThat(one.response()).isEqualTo(response);
			assertThat(((Scored) one.score()).value()).isEqualByComparingTo(new BigDecimal("40"));
		});
		assertThat(this.jdbc.sql("SELECT score FROM instrument_responses WHERE assessment_id = :id")
			.param("id", assessment.id().value())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("40");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM instrument_answers a JOIN instrument_responses r ON r.id = a.response_id "
					+ "WHERE r.assessment_id = :id")
			.param("id", assessment.id().value())
			.query(Integer.class)
			.single()).isEqualTo(10);
		assertThat(responses.forAssessment(this.clinics.clinic().id(), assessment.id().value())).isEmpty();
	}

	@Test
	void keepsImportedItemTextPerClinic() {
		Clinic clinic = this.clinics.clinic();
		Clinic other = this.clinics.clinic();
		Account admin = this.clinics.staff(clinic, Role.ADMIN, "Ada");
		ItemTextRepository texts = InstrumentAdapters.itemTexts(this.jdbc);
		var withText = DisabilityIndex.DEFINITION.withItemText(Map.of("lifting", "Licensed wording about lifting"))
			.value();

		texts.replace(clinic.id(), withText, admin.id());

		assertThat(texts.find(clinic.id(), DisabilityIndex.ID, DisabilityIndex.VERSION)).containsEntry("lifting",
				"Licensed wording about lifting");
		assertThat(texts.find(other.id(), DisabilityIndex.ID, DisabilityIndex.VERSION)).isEmpty();
	}

	private StoredAssessment complete(Clinic clinic, Account physio, PatientId patient, AssessmentDraft draft) {
		StoredAssessment started = this.assessments.start(clinic.id(), patient, draft.kind(), draft, physio.id());
		AssessmentFindings findings = AssessmentFindings.of(AssessmentValidator.validate(draft).value());
		this.assessments.complete(clinic.id(), started.id(), draft, findings, physio.id(), started.version());
		return this.assessments.find(clinic.id(), patient, started.id()).orElseThrow();
	}

	private static AssessmentDraft withFlags(EnumSet<RedFlag> flags) {
		AssessmentDraft draft = AssessmentTestData.aCompleteDraft();
		return new AssessmentDraft(draft.kind(), draft.assessedOn(), draft.pain(), draft.history(), draft.where(),
				draft.qualities(), draft.behaviour(), draft.sleepAndHabits(), flags, draft.physicalChecks());
	}

	private PatientId patient(Clinic clinic, Account physio) {
		return new PatientId(this.jdbc
			.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, consent_given, "
					+ "consent_date, created_by) VALUES (:clinic, :reference, 'Pat Patient', :born, 'NOT_STATED', "
					+ "true, current_date, :physio) RETURNING id")
			.param("clinic", clinic.id().value())
			.param("reference", "P-" + UUID.randomUUID().toString().substring(0, 8))
			.param("born", LocalDate.of(1980, 5, 17))
			.param("physio", physio.id().value())
			.query(UUID.class)
			.single());
	}

}
