package org.fourstage.domain.progression;

import org.fourstage.domain.tracking.EntryRef;

/**
 * One entry a criterion was based on, and what was taken from it, so the page can list
 * the entries behind each criterion and link to them.
 *
 * @param entry the entry
 * @param measure what was taken from it
 * @param value the value as data: a number written with a dot ("4.5"), an enum's name, or
 * true or false; the page words it
 */
public record CriterionSource(EntryRef entry, SourceMeasure measure, String value) {

}
