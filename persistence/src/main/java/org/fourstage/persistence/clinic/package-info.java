/**
 * Clinics in PostgreSQL: the {@code clinics} table behind the domain's clinic repository.
 */
@NullMarked
package org.fourstage.persistence.clinic;

import org.jspecify.annotations.NullMarked;
