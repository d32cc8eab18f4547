package org.fourstage.reporting.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Completion;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.reporting.ReportingRows;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.fourstage.reporting.ReportingRows.DAY;
import static org.fourstage.reporting.ReportingRows.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@PostgresTest
class TrackingHistoryQueryIT {

	private final ReportingRows rows;

	private final TrackingHistoryQuery query;

	TrackingHistoryQueryIT(JdbcClient jdbc) {
		this.rows = new ReportingRows(jdbc);
		this.query = new TrackingHistoryQuery(jdbc);
	}

	@Test
	void aSessionComesWithItsExercisesAndCountsByTheShareDone() {
		PatientId patient = this.rows.patient("Ana Núñez", "P-1", "ACTIVE");
		UUID program = this.rows.programId(patient, Stage.CALM_AND_UNLOAD);
		UUID session = this.rows.session(patient, program, DAY, 5, 3);
		this.rows.sessionExercise(session, 0, "pelvic-tilts", "DONE", 2, 2);
		this.rows.sessionExercise(session, 1, "knee-rolls", "PARTLY", 3, 2);
		this.rows.sessionExercise(session, 2, "no-longer-in-the-library", "SKIPPED", 2, null);
		this.rows.session(patient, program, DAY.plusDays(1), 4, 4);

		var sessions = this.query.sessions(this.rows.clinic().id(), patient, DAY, DAY);

		assertThat(sessions).hasSize(1);
		SessionRecord record = sessions.get(0);
		assertThat(record.id()).isEqualTo(session);
		assertThat(record.painBefore()).isEqualTo(5);
		assertThat(record.painAfter()).isEqualTo(3);
		assertThat(record.exercises()).extracting(SessionRecord.Exercise::completion)
			.containsExactly(Completion.DONE, Completion.PARTLY, Completion.SKIPPED);
		assertThat(record.exercises().get(2).name()).isEqualTo("no-longer-in-the-library");
		// (1 + 2/3 + 0) / 3 = 5/9
		assertThat(record.shareDone()).isCloseTo(5.0 / 9, within(1e-9));
		assertThat(record.logged().day()).isEqualTo(DAY);
		assertThat(record.count(Completion.PARTLY)).isEqualTo(1);
	}

	@Test
	void checkInsGiveTheDailyPainAndTheSevenDayAverageOfTheDaysWithAFigure() {
		PatientId patient = this.rows.patient("Bo Berg", "P-2", "ACTIVE");
		this.rows.checkIn(patient, DAY.minusDays(2), 6, 4);
		this.rows.checkIn(patient, DAY, 3, null);
		this.rows.checkIn(patient, DAY.minusDays(10), 9, 9);

		TrackingHistory history = this.query.history(this.rows.clinic().id(), patient, DAY.minusDays(6), DAY,
				ZoneOffset.UTC);

		assertThat(history.checkIns()).hasSize(2);
		assertThat(history.checkIns().get(1).eveningPain()).isNull();
		// Day -2: (6 + 4) / 2 = 5; day 0: 3 (no evening yet); mean of the two days = 4.
		assertThat(history.painDiary().sevenDayAverage(DAY).orElseThrow().value()).isEqualTo(4.0);
		assertThat(history.painDiary().sevenDayAverage(DAY).orElseThrow().daysWithFigure()).isEqualTo(2);
	}

	@Test
	void flareUpsKeepTheirTriggerSignsAndDuration() {
		PatientId patient = this.rows.patient("Cy Cole", "P-3", "ACTIVE");
		UUID flareUp = this.rows.flareUp(patient, DAY, DAY.plusDays(2), 8, "SADDLE_NUMBNESS,FEVER_OR_UNWELL");
		this.rows.flareUp(patient, DAY.plusDays(5), DAY.plusDays(5), 6, "");

		var flareUps = this.query.flareUps(this.rows.clinic().id(), patient, DAY, DAY.plusDays(7));

		assertThat(flareUps).hasSize(2);
		FlareUpRecord first = flareUps.get(0);
		assertThat(first.id()).isEqualTo(flareUp);
		assertThat(first.trigger()).isEqualTo(FlareTrigger.LIFTING);
		assertThat(first.legSymptoms()).isEqualTo(LegSymptoms.BELOW_THE_KNEE);
		assertThat(first.redFlagSigns()).containsExactlyInAnyOrder(RedFlagSign.SADDLE_NUMBNESS,
				RedFlagSign.FEVER_OR_UNWELL);
		// Day 0 to day 2, both counted: 3 days; began and ended the same day: 1 day.
		assertThat(first.days()).isEqualTo(3);
		assertThat(flareUps.get(1).days()).isEqualTo(1);
		assertThat(flareUps.get(1).redFlagSigns()).isEmpty();
	}

	@Test
	void stageMovesAssessmentsWithTheirDisabilityIndexAndHoldAndScoresInTheClinicsZone() {
		PatientId patient = this.rows.patient("Di Dorn", "P-4", "ACTIVE");
		UUID program = this.rows.programId(patient, Stage.RESTORE_MOBILITY);
		this.rows.stageMove(program, null, 1, NOON.minusSeconds(86400 * 20));
		this.rows.stageMove(program, 1, 2, NOON);
		AssessmentId first = this.rows.completed(patient, DAY.minusDays(20), NOON.minusSeconds(86400 * 20),
				PainPattern.MUSCLE_DOMINANT, Stage.CALM_AND_UNLOAD, false, 7);
		this.rows.proneHold(first, 8, true);
		this.rows.response(patient, first, "disability-index", NOON.minusSeconds(86400 * 20), new BigDecimal("44.0"),
				"severe");
		AssessmentId second = this.rows.completed(patient, DAY, NOON, PainPattern.MUSCLE_DOMINANT,
				Stage.RESTORE_MOBILITY, false, 4);
		// Entered 23:30 UTC: the next day in a zone two hours ahead.
		Instant lateEvening = Instant.parse("2026-03-02T23:30:00Z");
		this.rows.response(patient, "disability-index", lateEvening, new BigDecimal("30.0"), "moderate");

		TrackingHistory history = this.query.history(this.rows.clinic().id(), patient, DAY.minusDays(30), DAY,
				ZoneOffset.ofHours(2));

		assertThat(history.stageMoves()).extracting(StageMoveRecord::to)
			.containsExactly(Stage.CALM_AND_UNLOAD, Stage.RESTORE_MOBILITY);
		assertThat(history.stageMoves().get(0).from()).isNull();
		assertThat(history.stageMoves().get(1).movedBy()).isEqualTo("Phil Physio");
		assertThat(history.assessments()).hasSize(2);
		AssessmentRecord initial = history.assessments().get(0);
		assertThat(initial.disabilityIndex()).isEqualByComparingTo("44.0");
		assertThat(initial.proneHoldSeconds()).isEqualTo(8);
		assertThat(initial.proneHoldCramped()).isTrue();
		AssessmentRecord later = history.assessments().get(1);
		assertThat(later.id()).isEqualTo(second.value());
		assertThat(later.disabilityIndex()).isNull();
		assertThat(later.proneHoldSeconds()).isNull();
		assertThat(later.proneHoldCramped()).isNull();
		assertThat(history.disabilityScores()).extracting(DisabilityScore::score)
			.containsExactly(new BigDecimal("44.0"));
		assertThat(this.query.disabilityScores(this.rows.clinic().id(), patient, DAY.plusDays(1), DAY.plusDays(1),
				ZoneOffset.ofHours(2)))
			.extracting(DisabilityScore::score)
			.containsExactly(new BigDecimal("30.0"));
	}

	@Test
	void anotherClinicReadsNothingOfThePatient() {
		PatientId patient = this.rows.patient("Ed Eng", "P-5", "ACTIVE");
		UUID program = this.rows.programId(patient, Stage.CALM_AND_UNLOAD);
		this.rows.stageMove(program, null, 1, NOON);
		this.rows.session(patient, program, DAY, 5, 3);
		this.rows.checkIn(patient, DAY, 5, 5);
		this.rows.flareUp(patient, DAY, DAY, 7, "");
		ReportingRows other = new ReportingRows(this.rows.jdbc());

		TrackingHistory history = this.query.history(other.clinic().id(), patient, DAY.minusDays(1), DAY,
				ZoneOffset.UTC);

		assertThat(history.sessions()).isEmpty();
		assertThat(history.checkIns()).isEmpty();
		assertThat(history.flareUps()).isEmpty();
		assertThat(history.stageMoves()).isEmpty();
		assertThat(history.assessments()).isEmpty();
		assertThat(history.disabilityScores()).isEmpty();
	}

}
