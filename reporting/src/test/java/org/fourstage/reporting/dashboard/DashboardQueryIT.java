package org.fourstage.reporting.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.fourstage.domain.tracking.AlertKind;
import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.domain.instrument.PatientSpecificFunctionalScale;
import org.fourstage.domain.instrument.StartBackScreen;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.reporting.ReportingRows;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@PostgresTest
class DashboardQueryIT {

	// Monday 30 March 2026; a week of quiet reaches back to 23 March.
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 30);

	private static final Instant MARCH_FIRST = Instant.parse("2026-03-01T09:00:00Z");

	private final JdbcClient jdbc;

	private final DashboardQuery query;

	DashboardQueryIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.query = new DashboardQuery(jdbc);
	}

	@Test
	void openAlertsOfTheClinicComeRedFlagsFirstAndAnAnsweredOneIsGone() {
		ReportingRows rows = new ReportingRows(this.jdbc);
		DashboardRows more = new DashboardRows(rows);
		PatientId ana = rows.patient("Ana Alves", "P-1", "ACTIVE");
		PatientId bo = rows.patient("Bo Berg", "P-2", "ACTIVE");
		UUID spike = more.alert(bo, "PAIN_SPIKE", Instant.parse("2026-03-28T10:00:00Z"), false);
		UUID redFlag = more.alert(ana, "FLARE_UP_RED_FLAG_SIGN", Instant.parse("2026-03-29T10:00:00Z"), false);
		more.alert(ana, "FLARE_UP_NEW_NERVE_SIGNS", Instant.parse("2026-03-27T10:00:00Z"), true);
		ReportingRows other = new ReportingRows(this.jdbc);
		new DashboardRows(other).alert(other.patient("Ana Alves", "P-1", "ACTIVE"), "FLARE_UP_RED_FLAG_SIGN",
				Instant.parse("2026-03-29T09:00:00Z"), false);

		List<UrgentAlert> alerts = this.query.openAlerts(rows.clinic().id());

		assertThat(alerts).extracting(UrgentAlert::alertId, (a) -> a.patient().fullName(), UrgentAlert::kind)
			.containsExactly(tuple(redFlag, "Ana Alves", AlertKind.FLARE_UP_RED_FLAG_SIGN),
					tuple(spike, "Bo Berg", AlertKind.PAIN_SPIKE));
		assertThat(alerts.get(0).source().day()).isEqualTo(LocalDate.of(2026, 3, 29));
	}

	@Test
	void aPatientIsQuietFromSevenDaysAfterTheLatestEntryOfAnyKindOrAfterTheAssignmentWithoutAny() {
		ReportingRows rows = new ReportingRows(this.jdbc);
		DashboardRows more = new DashboardRows(rows);
		PatientId ana = rows.patient("Ana Alves", "P-1", "ACTIVE");
		more.program(ana, MARCH_FIRST);
		more.checkIn(ana, LocalDate.of(2026, 3, 23)); // exactly 7 days: quiet
		PatientId bo = rows.patient("Bo Berg", "P-2", "ACTIVE");
		more.program(bo, MARCH_FIRST);
		more.checkIn(bo, LocalDate.of(2026, 3, 24)); // 6 days: not quiet
		PatientId cy = rows.patient("Cy Cole", "P-3", "ACTIVE");
		UUID cyProgram = more.program(cy, MARCH_FIRST);
		more.session(cy, cyProgram, LocalDate.of(2026, 3, 20));
		more.flareUp(cy, LocalDate.of(2026, 3, 25)); // the latest entry is the flare-up:
														// not quiet
		PatientId di = rows.patient("Di Dunn", "P-4", "ACTIVE");
		more.program(di, Instant.parse("2026-03-20T09:00:00Z")); // nothing in 10 days:
																	// quiet
		PatientId ed = rows.patient("Ed Earl", "P-5", "ACTIVE");
		more.program(ed, Instant.parse("2026-03-26T09:00:00Z")); // assigned 4 days ago:
																	// not yet
		PatientId fay = rows.patient("Fay Fox", "P-6", "DISCHARGED");
		more.program(fay, MARCH_FIRST);
		rows.patient("Gus Gray", "P-7", "ACTIVE"); // no program: not followed
		ReportingRows other = new ReportingRows(this.jdbc);
		new DashboardRows(other).program(other.patient("Ana Alves", "P-1", "ACTIVE"), MARCH_FIRST);

		List<QuietPatient> quiet = this.query.quietPatients(rows.clinic().id(), TODAY, ZoneOffset.UTC, 7);

		assertThat(quiet).extracting((q) -> q.patient().id(), QuietPatient::lastEntryOn)
			.containsExactly(tuple(di, null), tuple(ana, LocalDate.of(2026, 3, 23)));
		assertThat(quiet.get(0).programStartedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
	}

	@Test
	void aClinicOfThreeHundredPatientsWithTwoMonthsOfEntriesShowsAtMostTheCappedNumberOfItems() {
		ReportingRows rows = new ReportingRows(this.jdbc);
		// 300 patients with a program, 60 daily check-ins, 24 sessions and an open alert
		// each; every third without entries for the last 10 days.
		this.jdbc.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, consent_given, "
				+ "consent_date, created_by) SELECT :clinic, 'L-' || n, 'Load Patient ' || n, '1970-01-01', 'FEMALE', "
				+ "true, '2026-01-01', :physio FROM generate_series(1, 300) n")
			.param("clinic", rows.clinic().id().value())
			.param("physio", rows.physio().id().value())
			.update();
		this.jdbc.sql("INSERT INTO programs (clinic_id, patient_id, current_stage, stage_started, version, content, "
				+ "assigned_by, assigned_at, updated_at) SELECT clinic_id, id, 1, '2026-01-20', 1, '{}'::jsonb, :physio, "
				+ "'2026-01-20T09:00:00Z', now() FROM patients WHERE clinic_id = :clinic")
			.param("clinic", rows.clinic().id().value())
			.param("physio", rows.physio().id().value())
			.update();
		String entries = " FROM patients p CROSS JOIN generate_series(0, 59) d WHERE p.clinic_id = :clinic"
				+ " AND (CAST(substring(p.reference FROM 3) AS int) % 3 <> 0 OR d >= 10)";
		this.jdbc.sql("INSERT INTO check_ins (clinic_id, patient_id, day, morning_pain, morning_stiffness_minutes, "
				+ "sleep_quality, sitting_tolerance_minutes, recorded_by_account_id, recorded_by_role, idempotency_key, "
				+ "created_at, updated_at) SELECT p.clinic_id, p.id, DATE '2026-03-30' - d, 3, 10, 7, 60, :physio, "
				+ "'PHYSIO', gen_random_uuid(), now(), now()" + entries)
			.param("clinic", rows.clinic().id().value())
			.param("physio", rows.physio().id().value())
			.update();
		this.jdbc.sql("INSERT INTO exercise_sessions (clinic_id, patient_id, program_id, stage, performed_on, "
				+ "pain_before, pain_after, difficulty, recorded_by_account_id, recorded_by_role, idempotency_key, "
				+ "created_at, updated_at) SELECT p.clinic_id, p.id, g.id, 1, DATE '2026-03-30' - d, 3, 3, 4, :physio, "
				+ "'PHYSIO', gen_random_uuid(), now(), now()"
				+ entries.replace("FROM patients p", "FROM patients p JOIN programs g ON g.patient_id = p.id")
				+ " AND d % 5 < 2")
			.param("clinic", rows.clinic().id().value())
			.param("physio", rows.physio().id().value())
			.update();
		this.jdbc
			.sql("INSERT INTO alerts (clinic_id, patient_id, kind, source_kind, source_id, source_day, created_at) "
					+ "SELECT clinic_id, id, 'PAIN_SPIKE', 'CHECK_IN', gen_random_uuid(), '2026-03-29', now() "
					+ "FROM patients WHERE clinic_id = :clinic")
			.param("clinic", rows.clinic().id().value())
			.update();
		this.jdbc.sql("ANALYZE").update();

		List<UrgentAlert> alerts = this.query.openAlerts(rows.clinic().id());
		List<OverdueQuestionnaire> overdue = this.query.overdueQuestionnaires(rows.clinic().id(), TODAY, ZoneOffset.UTC,
				MeasurementSchedule.DEFAULTS);
		List<QuietPatient> quiet = this.query.quietPatients(rows.clinic().id(), TODAY, ZoneOffset.UTC, 7);

		assertThat(alerts).hasSize(200);
		assertThat(quiet).hasSize(100);
		// Each program of 20 January is overdue on the index and STarT Back of week 6 (3
		// March); the scale of week 10 (31 March) is only due: 600, of which 200 are
		// shown.
		assertThat(overdue).hasSize(DashboardQuery.MOST_ITEMS);
	}

	@Test
	void overdueQuestionnairesFollowTheScheduleFromTheAssignmentDay() {
		ReportingRows rows = new ReportingRows(this.jdbc);
		DashboardRows more = new DashboardRows(rows);
		// Ana, from 1 March: week 0's disability index done on 2 March; STarT Back of
		// week 0
		// (1 March) is overdue since 9 March; the scale of week 4 (29 March) is only due.
		PatientId ana = rows.patient("Ana Alves", "P-1", "ACTIVE");
		more.program(ana, MARCH_FIRST);
		rows.response(ana, DisabilityIndex.ID.value(), Instant.parse("2026-03-02T12:00:00Z"), BigDecimal.TEN,
				"MINIMAL");
		// Di, from 20 March: the scale done on 10 March counts for week 0 (it opens 14
		// days
		// early); the index and STarT Back of 20 March are overdue since 28 March.
		PatientId di = rows.patient("Di Dunn", "P-4", "ACTIVE");
		more.program(di, Instant.parse("2026-03-20T09:00:00Z"));
		rows.response(di, PatientSpecificFunctionalScale.ID.value(), Instant.parse("2026-03-10T12:00:00Z"),
				BigDecimal.ONE, "NONE");
		// Ed, from 26 March: week 0 is due but within its grace days.
		more.program(rows.patient("Ed Earl", "P-5", "ACTIVE"), Instant.parse("2026-03-26T09:00:00Z"));
		// Hal, from 1 March, with his program's own schedule: no scale, the index in week
		// 2
		// (15 March, overdue since 23 March), STarT Back only in week 12.
		PatientId hal = rows.patient("Hal Hill", "P-8", "ACTIVE");
		more.schedule(more.program(hal, MARCH_FIRST), 0, "{2}", "{12}");

		List<OverdueQuestionnaire> overdue = this.query.overdueQuestionnaires(rows.clinic().id(), TODAY, ZoneOffset.UTC,
				MeasurementSchedule.DEFAULTS);

		assertThat(overdue)
			.extracting((o) -> o.patient().id(), (o) -> o.questionnaire().instrument(),
					(o) -> o.questionnaire().scheduledOn())
			.containsExactly(tuple(ana, StartBackScreen.ID, LocalDate.of(2026, 3, 1)),
					tuple(hal, DisabilityIndex.ID, LocalDate.of(2026, 3, 15)),
					tuple(di, DisabilityIndex.ID, LocalDate.of(2026, 3, 20)),
					tuple(di, StartBackScreen.ID, LocalDate.of(2026, 3, 20)));
	}

}
