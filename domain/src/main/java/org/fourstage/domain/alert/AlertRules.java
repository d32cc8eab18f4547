package org.fourstage.domain.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.tracking.CheckIn;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.ExerciseSession;
import org.fourstage.domain.tracking.FlareUp;
import org.fourstage.domain.tracking.FlareUpEntry;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.PainDiary;
import org.fourstage.domain.tracking.SpikeRule;

/**
 * Which entries raise an urgent alert.
 * <ul>
 * <li>A flare-up with any red-flag sign: {@link AlertKind#RED_FLAG_SIGNS}.</li>
 * <li>A flare-up with nerve signs none of the patient's earlier flare-ups had: pain below
 * the knee when no earlier one reached below the knee, or sharp or shooting pain in the
 * leg when no earlier one was sharp or shooting in the leg:
 * {@link AlertKind#NEW_NERVE_SIGNS}. Signs already reported are known to the physio; only
 * their first appearance, or their spreading, is news.</li>
 * <li>A pain rating at least the spike threshold above the average of the seven days
 * before its day ({@link SpikeRule}): {@link AlertKind#PAIN_SPIKE}. The rating is a
 * check-in's higher rating of the day, a session's higher rating of before and after, a
 * flare-up's peak.</li>
 * </ul>
 *
 * @param spikeRule the clinic's spike threshold
 */
public record AlertRules(SpikeRule spikeRule) {

	/**
	 * The alerts a flare-up raises.
	 * @param flareUp the flare-up
	 * @param earlier the patient's flare-ups before it; the flare-up itself is ignored if
	 * among them
	 * @param diary the daily pain of at least the seven days before its start
	 * @return the alerts, most urgent first; empty when none
	 */
	public List<AlertCause> forFlareUp(FlareUp flareUp, List<FlareUp> earlier, PainDiary diary) {
		FlareUpEntry entry = flareUp.entry();
		EntryRef source = new EntryRef(EntryKind.FLARE_UP, flareUp.id(), entry.startedOn());
		List<AlertCause> causes = new ArrayList<>();
		if (entry.hasRedFlagSign()) {
			causes.add(new AlertCause(AlertKind.RED_FLAG_SIGNS, source));
		}
		List<FlareUpEntry> before = earlier.stream()
			.filter((other) -> !other.id().equals(flareUp.id()))
			.map(FlareUp::entry)
			.toList();
		if (newNerveSigns(entry, before)) {
			causes.add(new AlertCause(AlertKind.NEW_NERVE_SIGNS, source));
		}
		spike(source, entry.startedOn(), entry.peakPain(), diary, causes);
		return causes;
	}

	/**
	 * The alerts a check-in raises.
	 * @param checkIn the check-in
	 * @param diary the daily pain of at least the seven days before its day
	 * @return a pain spike, or empty
	 */
	public List<AlertCause> forCheckIn(CheckIn checkIn, PainDiary diary) {
		LocalDate day = checkIn.entry().day();
		Integer evening = checkIn.entry().eveningPain();
		int highest = Math.max(checkIn.entry().morningPain(), (evening != null) ? evening : 0);
		List<AlertCause> causes = new ArrayList<>();
		spike(new EntryRef(EntryKind.CHECK_IN, checkIn.id(), day), day, highest, diary, causes);
		return causes;
	}

	/**
	 * The alerts an exercise session raises.
	 * @param session the session
	 * @param diary the daily pain of at least the seven days before its day
	 * @return a pain spike, or empty
	 */
	public List<AlertCause> forSession(ExerciseSession session, PainDiary diary) {
		LocalDate day = session.entry().performedOn();
		int highest = Math.max(session.entry().painBefore(), session.entry().painAfter());
		List<AlertCause> causes = new ArrayList<>();
		spike(new EntryRef(EntryKind.EXERCISE_SESSION, session.id(), day), day, highest, diary, causes);
		return causes;
	}

	/**
	 * Whether a flare-up brings nerve signs that none of the earlier ones had.
	 * @param entry the flare-up
	 * @param earlier the earlier flare-ups
	 * @return true for pain below the knee or sharp or shooting leg pain reported for the
	 * first time
	 */
	static boolean newNerveSigns(FlareUpEntry entry, List<FlareUpEntry> earlier) {
		boolean belowKnee = entry.legSymptoms() == LegSymptoms.BELOW_THE_KNEE;
		boolean shooting = entry.sharpOrShootingLegPain();
		boolean belowKneeBefore = earlier.stream().anyMatch((e) -> e.legSymptoms() == LegSymptoms.BELOW_THE_KNEE);
		boolean shootingBefore = earlier.stream().anyMatch(FlareUpEntry::sharpOrShootingLegPain);
		return (belowKnee && !belowKneeBefore) || (shooting && !shootingBefore);
	}

	private void spike(EntryRef source, LocalDate day, int nprs, PainDiary diary, List<AlertCause> causes) {
		this.spikeRule.check(day, nprs, diary)
			.ifPresent((spike) -> causes.add(new AlertCause(AlertKind.PAIN_SPIKE, source)));
	}

}
