/**
 * Exercise sessions, daily check-ins and flare-ups in PostgreSQL. Every create is
 * idempotent per patient and key, and every statement names the clinic.
 */
@NullMarked
package org.fourstage.persistence.tracking;

import org.jspecify.annotations.NullMarked;
