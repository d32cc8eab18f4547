/**
 * Patients of a clinic and their identifying details.
 */
@NullMarked
package org.fourstage.domain.patient;

import org.jspecify.annotations.NullMarked;
