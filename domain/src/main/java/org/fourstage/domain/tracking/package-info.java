/**
 * What a patient reports between visits: logged {@link ExerciseSession exercise
 * sessions}, daily {@link CheckIn check-ins} and {@link FlareUp flare-ups}, the rules on
 * dating and correcting them ({@link EntryDating}), and what is worked out of them:
 * {@link Adherence} and the advisor's {@link FlareUpReport}. Entries are checked here,
 * with message codes; the ports say where they are kept. Pure values.
 */
@NullMarked
package org.fourstage.domain.tracking;

import org.jspecify.annotations.NullMarked;
