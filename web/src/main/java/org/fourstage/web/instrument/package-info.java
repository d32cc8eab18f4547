/**
 * Questionnaires: reading item answers from a posted form, the admin's import of licensed
 * item wording, and the patient's own questionnaire pages.
 */
@NullMarked
package org.fourstage.web.instrument;

import org.jspecify.annotations.NullMarked;
