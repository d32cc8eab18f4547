package org.fourstage.reporting.patient;

import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.paging.Page;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientStatus;
import org.fourstage.domain.program.Stage;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.reporting.ReportingRows;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fourstage.reporting.ReportingRows.DAY;
import static org.fourstage.reporting.ReportingRows.NOON;
import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class PatientListQueryIT {

	private final JdbcClient jdbc;

	private final PatientListQuery query;

	PatientListQueryIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.query = new PatientListQuery(jdbc);
	}

	@Test
	void unresolvedRedFlagsComeFirstThenNamesWithTheLatestAssessmentsPatternAndTheProgramsStage() {
		ReportingRows rows = new ReportingRows(this.jdbc);
		PatientId ana = rows.patient("Ana Alves", "P-1", "ACTIVE");
		PatientId zoe = rows.patient("Zoë Zane", "P-2", "ACTIVE");
		PatientId max = rows.patient("Max Moss", "P-3", "DISCHARGED");
		rows.completed(ana, DAY.minusDays(10), NOON, PainPattern.NERVE_INVOLVEMENT, Stage.CALM_AND_UNLOAD, true, 8);
		rows.completed(ana, DAY, NOON, PainPattern.MUSCLE_DOMINANT, Stage.RESTORE_MOBILITY, false, 3);
		rows.program(ana, Stage.STRENGTHEN_AND_COORDINATE);
		rows.completed(zoe, DAY, NOON, PainPattern.MIXED, Stage.CALM_AND_UNLOAD, true, 7);
		AssessmentId overridden = rows.completed(max, DAY, NOON, PainPattern.MIXED, Stage.CALM_AND_UNLOAD, true, 7);
		rows.override(max, overridden);

		Page<PatientListEntry> page = this.query.page(rows.clinic().id(), new PatientListFilter("", null, null, null),
				0, 10);

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).extracting(PatientListEntry::id).containsExactly(zoe, ana, max);
		assertThat(page.items()).extracting(PatientListEntry::urgent).containsExactly(true, false, false);
		PatientListEntry anaEntry = page.items().get(1);
		assertThat(anaEntry.painPattern()).isEqualTo(PainPattern.MUSCLE_DOMINANT);
		assertThat(anaEntry.stage()).isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
		assertThat(anaEntry.status()).isEqualTo(PatientStatus.ACTIVE);
		assertThat(page.items().get(0).stage()).isNull();
		assertThat(page.items().get(2).status()).isEqualTo(PatientStatus.DISCHARGED);
	}

	@Test
	void filtersByStatusStagePatternAndTextWithinTheClinic() {
		ReportingRows rows = new ReportingRows(this.jdbc);
		PatientId ana = rows.patient("Ana Alves", "P-1", "ACTIVE");
		PatientId bo = rows.patient("Bo Berg", "P-2", "DISCHARGED");
		rows.completed(ana, DAY, NOON, PainPattern.NERVE_INVOLVEMENT, Stage.CALM_AND_UNLOAD, false, 5);
		rows.program(ana, Stage.RESTORE_MOBILITY);
		ReportingRows other = new ReportingRows(this.jdbc);
		other.patient("Ana Alves", "P-1", "ACTIVE");

		assertThat(ids(rows, new PatientListFilter("", PatientStatus.DISCHARGED, null, null))).containsExactly(bo);
		assertThat(ids(rows, new PatientListFilter("", null, Stage.RESTORE_MOBILITY, null))).containsExactly(ana);
		assertThat(ids(rows, new PatientListFilter("", null, Stage.CALM_AND_UNLOAD, null))).isEmpty();
		assertThat(ids(rows, new PatientListFilter("", null, null, PainPattern.NERVE_INVOLVEMENT)))
			.containsExactly(ana);
		assertThat(ids(rows, new PatientListFilter("berg", null, null, null))).containsExactly(bo);
		assertThat(ids(rows, new PatientListFilter("p-1", null, null, null))).containsExactly(ana);
	}

	private java.util.List<PatientId> ids(ReportingRows rows, PatientListFilter filter) {
		return this.query.page(rows.clinic().id(), filter, 0, 10).items().stream().map(PatientListEntry::id).toList();
	}

}
