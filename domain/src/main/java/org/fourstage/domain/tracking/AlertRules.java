package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules that turn an entry into urgent alerts for the physiotherapist:
 * <ul>
 * <li>a flare-up with any red-flag sign;</li>
 * <li>a flare-up with nerve signs (pain below the knee, or sharp or shooting pain) that
 * were not reported before or reach further than before ({@link NerveSigns});</li>
 * <li>a pain rating, a flare-up's peak included, that is a spike by the
 * {@link SpikeRule}.</li>
 * </ul>
 * One flare-up can raise all three. Alerts come in the order of {@link AlertKind}.
 */
public final class AlertRules {

	private final SpikeRule spikeRule;

	/**
	 * Rules with the clinic's spike threshold.
	 * @param spikeRule the spike rule
	 */
	public AlertRules(SpikeRule spikeRule) {
		this.spikeRule = spikeRule;
	}

	/**
	 * The alerts a flare-up raises.
	 * @param flareUpId the flare-up
	 * @param flareUp what was reported
	 * @param before the worst nerve signs reported before it (earlier flare-ups, and the
	 * assessment where the caller has it)
	 * @param diary the daily pain, for the spike's baseline
	 * @return the alerts, possibly none
	 */
	public List<TrackingAlert> forFlareUp(UUID flareUpId, FlareUpEntry flareUp, NerveSigns before, PainDiary diary) {
		EntryRef source = new EntryRef(EntryKind.FLARE_UP, flareUpId, flareUp.startedOn());
		List<TrackingAlert> alerts = new ArrayList<>();
		if (flareUp.hasRedFlagSign()) {
			alerts.add(new TrackingAlert(AlertKind.FLARE_UP_RED_FLAG_SIGN, source, flareUp.redFlagSigns(), null, null,
					null));
		}
		NerveSigns signs = NerveSigns.of(flareUp);
		if (signs.newOrWorseThan(before)) {
			alerts.add(new TrackingAlert(AlertKind.FLARE_UP_NEW_NERVE_SIGNS, source, Set.of(), signs, before, null));
		}
		forPain(source, flareUp.startedOn(), flareUp.peakPain(), diary).ifPresent(alerts::add);
		return alerts;
	}

	/**
	 * The spike alert a pain rating raises, if any: a check-in's rating or a session's
	 * pain before or after.
	 * @param source the entry of the rating
	 * @param day the day of the rating
	 * @param nprs the rating, 0 to 10
	 * @param diary the daily pain, for the baseline of the seven days before
	 * @return the alert, or empty
	 */
	public Optional<TrackingAlert> forPain(EntryRef source, LocalDate day, double nprs, PainDiary diary) {
		return this.spikeRule.check(day, nprs, diary)
			.map((spike) -> new TrackingAlert(AlertKind.PAIN_SPIKE, source, Set.of(), null, null, spike));
	}

}
