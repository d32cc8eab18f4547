/**
 * Questionnaire answers item by item and the clinics' imported item wording, in
 * PostgreSQL.
 */
@NullMarked
package org.fourstage.persistence.instrument;

import org.jspecify.annotations.NullMarked;
