/**
 * Clinics: the practices that share a deployment. Every account and every clinical record
 * belongs to exactly one clinic.
 */
@NullMarked
package org.fourstage.domain.clinic;

import org.jspecify.annotations.NullMarked;
