/**
 * What a patient reported and what was measured over a period, read straight from SQL for
 * the progress pages and the advisor: exercise sessions with their exercises, daily
 * check-ins, flare-ups, stage moves, assessments with their disability index and prone
 * endurance hold. The caller audits the read.
 */
@NullMarked
package org.fourstage.reporting.tracking;

import org.jspecify.annotations.NullMarked;
