package org.fourstage.domain.progression;

import org.fourstage.domain.program.Stage;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the {@link ProgressionAdvisor} suggests, and why.
 *
 * @param kind advance, hold, regress or refer
 * @param currentStage the stage the patient is in
 * @param targetStage the stage the advice leads to: the next stage on advance, Stage 1 on
 * regress, the current stage on hold and refer
 * @param criteriaMet the criteria shown to be met
 * @param criteriaMissing the criteria not met, or not shown to be met for lack of data
 * @param missingData the data the advisor needed but did not have
 * @param flarePlan the Stage 1 flare plan on regress; null otherwise
 */
public record ProgressionAdvice(AdviceKind kind, Stage currentStage, Stage targetStage,
		List<CriterionCheck> criteriaMet, List<CriterionCheck> criteriaMissing, List<EvidenceItem> missingData,
		@Nullable FlarePlan flarePlan) {

	public ProgressionAdvice {
		criteriaMet = List.copyOf(criteriaMet);
		criteriaMissing = List.copyOf(criteriaMissing);
		missingData = List.copyOf(missingData);
		if ((kind == AdviceKind.REGRESS) != (flarePlan != null)) {
			throw new IllegalArgumentException("The flare plan comes with, and only with, advice to regress");
		}
	}

	/**
	 * The flare plan, present on advice to regress.
	 * @return the plan, or empty
	 */
	public Optional<FlarePlan> flarePlanIfAny() {
		return Optional.ofNullable(this.flarePlan);
	}

}
