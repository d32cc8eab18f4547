package org.fourstage.domain.progression;

/**
 * The outcome of checking one {@link Criterion}, with the rule and what was seen, in
 * plain words for the physiotherapist (e.g. "adherence at least 60 %: 58 % (29 of 50
 * sessions)").
 *
 * @param criterion the criterion
 * @param description the rule and the observation
 */
public record CriterionCheck(Criterion criterion, String description) {

}
