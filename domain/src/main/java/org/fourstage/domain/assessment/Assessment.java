package org.fourstage.domain.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything the physio records at an assessment. Build one through
 * {@link AssessmentValidator} from an {@link AssessmentDraft} to get field-keyed
 * messages; the constructors still refuse impossible values so an invalid assessment
 * cannot exist.
 *
 * @param kind initial assessment or re-assessment
 * @param assessedOn the day of the assessment
 * @param pain pain intensity
 * @param history the story of the episode
 * @param where where it hurts
 * @param qualities how it feels
 * @param behaviour how it behaves
 * @param sleepAndHabits sleep set-up and daily habits
 * @param redFlags the red flags answered yes; empty when all were answered no
 * @param physicalChecks the movement and endurance checks
 */
public record Assessment(AssessmentKind kind, LocalDate assessedOn, PainIntensity pain, PainHistory history,
		PainMap where, Set<PainQuality> qualities, PainBehaviour behaviour, SleepAndHabits sleepAndHabits,
		Set<RedFlag> redFlags, PhysicalChecks physicalChecks) {

	public Assessment {
		qualities = Set.copyOf(qualities);
		redFlags = Set.copyOf(redFlags);
		if (history.onsetDate().isAfter(assessedOn)) {
			throw new IllegalArgumentException("The pain cannot start after the assessment");
		}
	}

	public DurationBand durationBand() {
		return this.history.durationBand(this.assessedOn);
	}

	public boolean hasQuality(PainQuality quality) {
		return this.qualities.contains(quality);
	}

	public Set<PainQuality> qualitiesOfKind(PainQualityKind kind) {
		Set<PainQuality> found = EnumSet.noneOf(PainQuality.class);
		this.qualities.stream().filter((quality) -> quality.kind() == kind).forEach(found::add);
		return found;
	}

}
