/**
 * Read models over assessments and questionnaire scores, for the patient's page.
 */
@NullMarked
package org.fourstage.reporting.assessment;

import org.jspecify.annotations.NullMarked;
