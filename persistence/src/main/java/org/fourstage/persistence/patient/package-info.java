/**
 * Patient records and clinical notes in PostgreSQL.
 */
@NullMarked
package org.fourstage.persistence.patient;

import org.jspecify.annotations.NullMarked;
