package org.fourstage.domain.assessment;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two assessments of the same patient, for the side-by-side page:
 * the pain ratings, the red flags that appeared or went, and the pain pattern.
 *
 * @param earlier findings of the earlier assessment, usually the initial one
 * @param later findings of the later re-assessment
 * @param painChanges one change per pain rating, in the order of {@link NprsMeasure}
 * @param redFlagsAdded flags present now that were not before
 * @param redFlagsResolved flags present before that are gone now
 */
public record AssessmentComparison(AssessmentFindings earlier, AssessmentFindings later, List<NprsChange> painChanges,
		Set<RedFlag> redFlagsAdded, Set<RedFlag> redFlagsResolved) {

	public AssessmentComparison {
		painChanges = List.copyOf(painChanges);
		redFlagsAdded = Set.copyOf(redFlagsAdded);
		redFlagsResolved = Set.copyOf(redFlagsResolved);
	}

	public static AssessmentComparison between(Assessment earlier, Assessment later) {
		if (later.assessedOn().isBefore(earlier.assessedOn())) {
			throw new IllegalArgumentException("Compare an earlier assessment with a later one");
		}
		List<NprsChange> changes = Arrays.stream(NprsMeasure.values())
			.map((measure) -> new NprsChange(measure, measure.of(earlier.pain()), measure.of(later.pain())))
			.toList();
		return new AssessmentComparison(AssessmentFindings.of(earlier), AssessmentFindings.of(later), changes,
				difference(later.redFlags(), earlier.redFlags()), difference(earlier.redFlags(), later.redFlags()));
	}

	private static Set<RedFlag> difference(Set<RedFlag> from, Set<RedFlag> without) {
		Set<RedFlag> result = EnumSet.noneOf(RedFlag.class);
		result.addAll(from);
		result.removeAll(without);
		return result;
	}

	public NprsChange painChange(NprsMeasure measure) {
		return this.painChanges.get(measure.ordinal());
	}

	public boolean patternChanged() {
		return this.earlier.painPattern().pattern() != this.later.painPattern().pattern();
	}

	public PainPattern patternBefore() {
		return this.earlier.painPattern().pattern();
	}

	public PainPattern patternAfter() {
		return this.later.painPattern().pattern();
	}

	public boolean qlInvolvementChanged() {
		return this.earlier.qlInvolvement().likely() != this.later.qlInvolvement().likely();
	}

	public long daysBetween() {
		return ChronoUnit.DAYS.between(this.earlier.assessment().assessedOn(), this.later.assessment().assessedOn());
	}

}
