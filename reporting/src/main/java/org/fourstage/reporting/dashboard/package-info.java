/**
 * The physio's dashboard as read models: the clinic's open urgent alerts, the patients
 * with a questionnaire overdue and those without any entry for a week, each read with one
 * set-based query for the whole clinic.
 */
@NullMarked
package org.fourstage.reporting.dashboard;

import org.jspecify.annotations.NullMarked;
