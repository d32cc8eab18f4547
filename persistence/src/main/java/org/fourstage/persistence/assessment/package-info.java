/**
 * Assessments, their answers as JSON, red flag overrides and the red flag status, in
 * PostgreSQL.
 */
@NullMarked
package org.fourstage.persistence.assessment;

import org.jspecify.annotations.NullMarked;
