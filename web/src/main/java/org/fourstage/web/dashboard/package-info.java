/**
 * The physio's start page: urgent alerts, overdue questionnaires and patients without
 * entries for a week, read for the whole clinic at once.
 */
@NullMarked
package org.fourstage.web.dashboard;

import org.jspecify.annotations.NullMarked;
