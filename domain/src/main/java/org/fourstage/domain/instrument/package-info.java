/**
 * Questionnaires as data: an instrument definition holds its items, response options and
 * their scores, the scoring rule, the bands and the minimal clinically important
 * difference with its published source. Answers are kept item by item with the instrument
 * version, and scores are always computed here from the definition, never taken from the
 * client. Licensed item wording is not shipped; it can be attached from an imported file.
 */
@NullMarked
package org.fourstage.domain.instrument;

import org.jspecify.annotations.NullMarked;
