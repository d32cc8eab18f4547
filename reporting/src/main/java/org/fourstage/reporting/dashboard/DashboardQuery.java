package org.fourstage.reporting.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fourstage.domain.tracking.AlertKind;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.domain.instrument.InstrumentId;
import org.fourstage.domain.instrument.PatientSpecificFunctionalScale;
import org.fourstage.domain.instrument.StartBackScreen;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.CompletedQuestionnaire;
import org.fourstage.domain.tracking.DueQuestionnaire;
import org.fourstage.domain.tracking.DueStatus;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.MeasurementSchedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the physio's dashboard lists for a clinic. Each list is one query over the whole
 * clinic (the quiet patients look up each patient's latest entry through the entry
 * tables' patient-and-day indexes), so the page costs the same few statements for ten
 * patients or a few hundred. Only active patients with a program are followed.
 */
@Component
public class DashboardQuery {

	/**
	 * The most items of one list on the page; the rest are reached from the patient list.
	 */
	public static final int MOST_ITEMS = 200;

	private static final String LABEL = "p.id AS patient_id, p.full_name, p.reference";

	private final JdbcClient jdbc;

	public DashboardQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The clinic's open alerts, most urgent kind first, then oldest first.
	 * @param clinicId the clinic
	 * @return the alerts
	 */
	public List<UrgentAlert> openAlerts(ClinicId clinicId) {
		return this.jdbc.sql("SELECT a.id, a.kind, a.source_kind, a.source_id, a.source_day, a.created_at, " + LABEL
				+ " FROM alerts a JOIN patients p ON p.id = a.patient_id AND p.clinic_id = a.clinic_id"
				+ " WHERE a.clinic_id = :clinic AND a.acknowledged_at IS NULL"
				+ " ORDER BY array_position(ARRAY['FLARE_UP_RED_FLAG_SIGN', 'FLARE_UP_NEW_NERVE_SIGNS', 'PAIN_SPIKE'], a.kind),"
				+ " a.created_at, a.id LIMIT :limit")
			.param("clinic", clinicId.value())
			.param("limit", MOST_ITEMS)
			.query((row, n) -> new UrgentAlert(row.getObject("id", UUID.class), label(row),
					AlertKind.valueOf(row.getString("kind")),
					new EntryRef(EntryKind.valueOf(row.getString("source_kind")),
							row.getObject("source_id", UUID.class), row.getObject("source_day", LocalDate.class)),
					row.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Active patients with a program whose latest entry is {@code days} or more days
	 * before today; one who never entered anything counts from the day the program was
	 * assigned, so a program assigned this week is not yet quiet.
	 * @param clinicId the clinic
	 * @param today the day, in the clinic's zone
	 * @param zone the zone the assignment moment is turned into a day in
	 * @param days how many days without an entry make a patient quiet, at least 1
	 * @return the patients, the longest quiet first
	 */
	public List<QuietPatient> quietPatients(ClinicId clinicId, LocalDate today, ZoneId zone, int days) {
		return this.jdbc.sql("SELECT " + LABEL + ", q.last_day, q.started_on FROM patients p"
				+ " JOIN programs g ON g.patient_id = p.id AND g.clinic_id = p.clinic_id"
				+ " CROSS JOIN LATERAL (SELECT (g.assigned_at AT TIME ZONE :zone)::date AS started_on,"
				+ " greatest((SELECT max(c.day) FROM check_ins c WHERE c.clinic_id = p.clinic_id AND c.patient_id = p.id),"
				+ " (SELECT max(s.performed_on) FROM exercise_sessions s"
				+ " WHERE s.clinic_id = p.clinic_id AND s.patient_id = p.id),"
				+ " (SELECT max(f.started_on) FROM flare_ups f WHERE f.clinic_id = p.clinic_id AND f.patient_id = p.id))"
				+ " AS last_day) q" + " WHERE p.clinic_id = :clinic AND p.status = 'ACTIVE'"
				+ " AND coalesce(q.last_day, q.started_on) <= :cutoff"
				+ " ORDER BY coalesce(q.last_day, q.started_on), lower(p.full_name), p.reference LIMIT :limit")
			.param("clinic", clinicId.value())
			.param("zone", zone.getId())
			.param("cutoff", today.minusDays(days))
			.param("limit", MOST_ITEMS)
			.query((row, n) -> new QuietPatient(label(row), row.getObject("last_day", LocalDate.class),
					row.getObject("started_on", LocalDate.class)))
			.list();
	}

	/**
	 * The questionnaires overdue on a day for the clinic's active patients with a
	 * program, week 0 being the day the program was assigned. Two statements: the
	 * programs, and every completion of the scheduled questionnaires in the clinic.
	 * @param clinicId the clinic
	 * @param today the day
	 * @param zone the zone moments are turned into days in
	 * @param fallback the schedule of a program that has none of its own in a clinic
	 * without a default
	 * @return the overdue questionnaires, the longest overdue first
	 */
	public List<OverdueQuestionnaire> overdueQuestionnaires(ClinicId clinicId, LocalDate today, ZoneId zone,
			MeasurementSchedule fallback) {
		Map<PatientId, Followed> followed = new LinkedHashMap<>();
		// A program follows the schedule copied at its assignment; a program assigned
		// before schedules were copied follows the clinic's default, else the one given.
		this.jdbc.sql("SELECT " + LABEL + ", (g.assigned_at AT TIME ZONE :zone)::date AS started_on,"
				+ " coalesce(ps.psfs_every_weeks, cs.psfs_every_weeks) AS psfs_every_weeks,"
				+ " coalesce(ps.disability_index_weeks, cs.disability_index_weeks) AS disability_index_weeks,"
				+ " coalesce(ps.start_back_weeks, cs.start_back_weeks) AS start_back_weeks,"
				+ " coalesce(ps.pain_via_check_ins, cs.pain_via_check_ins) AS pain_via_check_ins FROM patients p"
				+ " JOIN programs g ON g.patient_id = p.id AND g.clinic_id = p.clinic_id"
				+ " LEFT JOIN program_measurement_schedules ps ON ps.program_id = g.id AND ps.clinic_id = g.clinic_id"
				+ " LEFT JOIN clinic_measurement_schedules cs ON cs.clinic_id = p.clinic_id"
				+ " WHERE p.clinic_id = :clinic AND p.status = 'ACTIVE'")
			.param("clinic", clinicId.value())
			.param("zone", zone.getId())
			.query((row, n) -> new Followed(label(row), row.getObject("started_on", LocalDate.class),
					schedule(row, fallback), new ArrayList<>()))
			.list()
			.forEach((one) -> followed.put(one.patient().id(), one));
		this.jdbc
			.sql("SELECT r.patient_id, r.instrument_id, (r.entered_at AT TIME ZONE :zone)::date AS completed_on"
					+ " FROM instrument_responses r WHERE r.clinic_id = :clinic AND r.instrument_id IN (:instruments)")
			.param("clinic", clinicId.value())
			.param("zone", zone.getId())
			.param("instruments",
					List.of(PatientSpecificFunctionalScale.ID.value(), DisabilityIndex.ID.value(),
							StartBackScreen.ID.value()))
			.query((ResultSet row) -> {
				Followed one = followed.get(new PatientId(row.getObject("patient_id", UUID.class)));
				if (one != null) {
					one.completed()
						.add(new CompletedQuestionnaire(InstrumentId.of(row.getString("instrument_id")),
								row.getObject("completed_on", LocalDate.class)));
				}
			});
		List<OverdueQuestionnaire> overdue = new ArrayList<>();
		for (Followed one : followed.values()) {
			for (DueQuestionnaire due : one.schedule().dueOn(one.startedOn(), today, one.completed())) {
				if (due.status() == DueStatus.OVERDUE) {
					overdue.add(new OverdueQuestionnaire(one.patient(), due));
				}
			}
		}
		overdue.sort(java.util.Comparator.comparing((OverdueQuestionnaire o) -> o.questionnaire().scheduledOn())
			.thenComparing((o) -> o.patient().fullName().toLowerCase(java.util.Locale.ROOT)));
		return (overdue.size() > MOST_ITEMS) ? List.copyOf(overdue.subList(0, MOST_ITEMS)) : overdue;
	}

	private static PatientLabel label(ResultSet row) throws SQLException {
		return new PatientLabel(new PatientId(row.getObject("patient_id", UUID.class)), row.getString("full_name"),
				row.getString("reference"));
	}

	private static MeasurementSchedule schedule(ResultSet row, MeasurementSchedule fallback) throws SQLException {
		java.sql.Array disability = row.getArray("disability_index_weeks");
		if (disability == null) {
			return fallback;
		}
		return new MeasurementSchedule(row.getBoolean("pain_via_check_ins"), row.getInt("psfs_every_weeks"),
				weeks(disability), weeks(row.getArray("start_back_weeks")));
	}

	private static java.util.SortedSet<Integer> weeks(java.sql.Array array) throws SQLException {
		java.util.SortedSet<Integer> weeks = new java.util.TreeSet<>();
		for (Object week : (Object[]) array.getArray()) {
			weeks.add(((Number) week).intValue());
		}
		return weeks;
	}

	private record Followed(PatientLabel patient, LocalDate startedOn, MeasurementSchedule schedule,
			List<CompletedQuestionnaire> completed) {
	}

}
