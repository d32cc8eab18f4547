/**
 * How a patient is doing, read from what was tracked: the patient's own progress page
 * (pain trend, adherence per week, endurance, a few figures in plain words) and the
 * physio's tracking page of a patient (the timeline of every entry, the flare-up history
 * and the four charts). Each read is audited in the transaction that reads.
 */
@NullMarked
package org.fourstage.web.progress;

import org.jspecify.annotations.NullMarked;
