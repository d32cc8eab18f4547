/**
 * Four-stage rehabilitation programs in the clinic's words: the stages, library exercises
 * with their {@link org.fourstage.domain.program.Dosage}, templates, a patient's
 * customised {@link org.fourstage.domain.program.Program} with plain-words change
 * descriptions, and the {@link org.fourstage.domain.program.ProgressionAdvisor} that
 * suggests advancing, holding, going back to Stage 1 or referring. Everything here is a
 * pure value or function; storage and screens live in other modules.
 */
@NullMarked
package org.fourstage.domain.program;

import org.jspecify.annotations.NullMarked;
