/**
 * Four-stage rehabilitation programs: the stages, and later exercises with their dosage,
 * templates and the progression advisor.
 */
@NullMarked
package org.fourstage.domain.program;

import org.jspecify.annotations.NullMarked;
