/**
 * Alerts in PostgreSQL: raised once per entry and kind, answered once, every statement
 * scoped by the clinic.
 */
@NullMarked
package org.fourstage.persistence.alert;

import org.jspecify.annotations.NullMarked;
