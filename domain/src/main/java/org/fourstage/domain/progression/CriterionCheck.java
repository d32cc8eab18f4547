package org.fourstage.domain.progression;

import org.fourstage.domain.text.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one {@link Criterion}: the rule with the clinic's threshold and
 * what was seen, as phrases the web module words (in English e.g. "adherence 60 % or
 * more: 58 % (29 of 50 sessions)").
 *
 * @param criterion the criterion
 * @param rule the rule, naming its threshold
 * @param seen what was seen, or null when the rule alone says it
 * @param noData whether the data to check the rule was missing
 */
public record CriterionCheck(Criterion criterion, Phrase rule, @Nullable Phrase seen, boolean noData) {

}
