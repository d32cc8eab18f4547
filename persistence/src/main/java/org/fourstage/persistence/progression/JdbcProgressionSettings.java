package org.fourstage.persistence.progression;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.progression.ProgressionSettings;
import org.fourstage.domain.progression.ProgressionThresholds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Progression thresholds kept in {@code progression_thresholds}, one row per clinic that
 * has changed them.
 */
@Repository
class JdbcProgressionSettings implements ProgressionSettings {

	private final JdbcClient jdbc;

	JdbcProgressionSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ProgressionThresholds thresholdsFor(ClinicId clinicId) {
		return this.jdbc.sql("SELECT * FROM progression_thresholds WHERE clinic_id = :clinic")
			.param("clinic", clinicId.value())
			.query((row, n) -> new ProgressionThresholds(row.getDouble("stage_one_pain_drop"),
					row.getDouble("stage_one_pain_ceiling"), row.getInt("stage_one_flare_free_days"),
					row.getInt("stage_one_adherence_percent"), row.getDouble("stage_two_pain_ceiling"),
					row.getInt("stage_two_adherence_percent"), row.getInt("stage_three_endurance_hold_seconds"),
					row.getDouble("stage_three_pain_ceiling"), row.getInt("stage_three_flare_free_days"),
					row.getInt("stage_three_adherence_percent"), row.getDouble("flare_spike_points")))
			.optional()
			.orElse(ProgressionThresholds.DEFAULTS);
	}

	@Override
	public void save(ClinicId clinicId, AccountId admin, ProgressionThresholds t) {
		this.jdbc.sql("""
				INSERT INTO progression_thresholds (clinic_id, stage_one_pain_drop, stage_one_pain_ceiling,
				    stage_one_flare_free_days, stage_one_adherence_percent, stage_two_pain_ceiling,
				    stage_two_adherence_percent, stage_three_endurance_hold_seconds, stage_three_pain_ceiling,
				    stage_three_flare_free_days, stage_three_adherence_percent, flare_spike_points, updated_by)
				VALUES (:clinic, :a, :b, :c, :d, :e, :f, :g, :h, :i, :j, :k, :admin)
				ON CONFLICT (clinic_id) DO UPDATE SET stage_one_pain_drop = EXCLUDED.stage_one_pain_drop,
				    stage_one_pain_ceiling = EXCLUDED.stage_one_pain_ceiling,
				    stage_one_flare_free_days = EXCLUDED.stage_one_flare_free_days,
				    stage_one_adherence_percent = EXCLUDED.stage_one_adherence_percent,
				    stage_two_pain_ceiling = EXCLUDED.stage_two_pain_ceiling,
				    stage_two_adherence_percent = EXCLUDED.stage_two_adherence_percent,
				    stage_three_endurance_hold_seconds = EXCLUDED.stage_three_endurance_hold_seconds,
				    stage_three_pain_ceiling = EXCLUDED.stage_three_pain_ceiling,
				    stage_three_flare_free_days = EXCLUDED.stage_three_flare_free_days,
				    stage_three_adherence_percent = EXCLUDED.stage_three_adherence_percent,
				    flare_spike_points = EXCLUDED.flare_spike_points,
				    updated_by = EXCLUDED.updated_by, updated_at = now()
				""")
			.param("clinic", clinicId.value())
			.param("a", t.stageOnePainDrop())
			.param("b", t.stageOnePainCeiling())
			.param("c", t.stageOneFlareFreeDays())
			.param("d", t.stageOneAdherencePercent())
			.param("e", t.stageTwoPainCeiling())
			.param("f", t.stageTwoAdherencePercent())
			.param("g", t.stageThreeEnduranceHoldSeconds())
			.param("h", t.stageThreePainCeiling())
			.param("i", t.stageThreeFlareFreeDays())
			.param("j", t.stageThreeAdherencePercent())
			.param("k", t.flareSpikePoints())
			.param("admin", admin.value())
			.update();
	}

}
