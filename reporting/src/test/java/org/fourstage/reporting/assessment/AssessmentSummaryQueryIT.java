package org.fourstage.reporting.assessment;

import java.math.BigDecimal;

import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentStatus;
import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.assessment.RedFlagState;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Stage;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.reporting.ReportingRows;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fourstage.reporting.ReportingRows.DAY;
import static org.fourstage.reporting.ReportingRows.NOON;
import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class AssessmentSummaryQueryIT {

	private final ReportingRows rows;

	private final AssessmentSummaryQuery query;

	AssessmentSummaryQueryIT(JdbcClient jdbc) {
		this.rows = new ReportingRows(jdbc);
		this.query = new AssessmentSummaryQuery(jdbc);
	}

	@Test
	void theLatestFindingsComeFromTheLatestDayAndOfOneDayTheOneCompletedLast() {
		PatientId patient = this.rows.patient("Ana Núñez", "P-1", "ACTIVE");
		this.rows.completed(patient, DAY.minusDays(20), NOON.minusSeconds(86400 * 20), PainPattern.MIXED,
				Stage.CALM_AND_UNLOAD, false, 7);
		this.rows.completed(patient, DAY, NOON, PainPattern.NERVE_INVOLVEMENT, Stage.CALM_AND_UNLOAD, false, 6);
		AssessmentId last = this.rows.completed(patient, DAY, NOON.plusSeconds(60), PainPattern.MUSCLE_DOMINANT,
				Stage.RESTORE_MOBILITY, false, 4);
		AssessmentId draft = this.rows.draft(patient, DAY.plusDays(5));
		this.rows.response(patient, "disability-index", NOON.minusSeconds(3600), new BigDecimal("44.0"), "severe");
		this.rows.response(patient, "disability-index", NOON, new BigDecimal("32.0"), "moderate");
		this.rows.response(patient, "start-back", NOON, new BigDecimal("2"), "low-risk");

		AssessmentSummary summary = this.query.summary(this.rows.clinic().id(), patient);

		LatestFindings latest = summary.latest();
		assertThat(latest).isNotNull();
		assertThat(latest.assessmentId()).isEqualTo(last);
		assertThat(latest.painPattern()).isEqualTo(PainPattern.MUSCLE_DOMINANT);
		assertThat(latest.suggestedStage()).isEqualTo(Stage.RESTORE_MOBILITY);
		assertThat(latest.offeredStage()).isEqualTo(Stage.RESTORE_MOBILITY);
		assertThat(latest.nprsNow()).isEqualTo(4);
		assertThat(latest.disabilityIndex()).isEqualByComparingTo("32.0");
		assertThat(latest.disabilityBand()).isEqualTo("moderate");
		assertThat(latest.startBackGroup()).isEqualTo("low-risk");
		assertThat(summary.redFlagState()).isEqualTo(RedFlagState.CLEAR);
		assertThat(summary.assessments()).hasSize(4);
		assertThat(summary.assessments().get(0)).isEqualTo(
				new AssessmentListEntry(draft, DAY.plusDays(5), AssessmentKind.REASSESSMENT, AssessmentStatus.DRAFT));
		assertThat(summary.assessments().get(1).status()).isEqualTo(AssessmentStatus.COMPLETED);
		assertThat(summary.assessments().get(1).kind()).isEqualTo(AssessmentKind.INITIAL);
	}

	@Test
	void aRedFlagIsUrgentUntilAPhysioOverridesIt() {
		PatientId patient = this.rows.patient("Bo Berg", "P-2", "ACTIVE");
		AssessmentId urgent = this.rows.completed(patient, DAY, NOON, PainPattern.NERVE_INVOLVEMENT,
				Stage.CALM_AND_UNLOAD, true, 8);

		LatestFindings before = this.query.summary(this.rows.clinic().id(), patient).latest();
		assertThat(before.redFlagState()).isEqualTo(RedFlagState.URGENT_MEDICAL_ASSESSMENT);
		assertThat(before.urgentUnresolved()).isTrue();
		assertThat(before.offeredStage()).isNull();

		this.rows.override(patient, urgent);

		LatestFindings after = this.query.summary(this.rows.clinic().id(), patient).latest();
		assertThat(after.redFlagState()).isEqualTo(RedFlagState.OVERRIDDEN);
		assertThat(after.overrideRecorded()).isTrue();
		assertThat(after.offeredStage()).isEqualTo(Stage.CALM_AND_UNLOAD);
	}

	@Test
	void aPatientWithOnlyADraftIsNotAssessedAndAnotherClinicSeesNothing() {
		PatientId patient = this.rows.patient("Cy Cole", "P-3", "ACTIVE");
		this.rows.draft(patient, DAY);
		ReportingRows other = new ReportingRows(this.rows.jdbc());

		assertThat(this.query.summary(this.rows.clinic().id(), patient).redFlagState())
			.isEqualTo(RedFlagState.NOT_ASSESSED);
		assertThat(this.query.patientName(this.rows.clinic().id(), patient)).contains("Cy Cole");
		assertThat(this.query.patientName(other.clinic().id(), patient)).isEmpty();
		assertThat(this.query.summary(other.clinic().id(), patient).assessments()).isEmpty();
	}

}
