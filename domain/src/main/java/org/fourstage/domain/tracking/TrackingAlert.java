package org.fourstage.domain.tracking;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An alert raised by an entry, with what the page needs to say why.
 *
 * @param kind why
 * @param source the entry that raised it
 * @param redFlagSigns the red-flag signs reported (for a red-flag alert), else empty
 * @param nerveSigns the nerve signs reported (for a nerve-sign alert), else null
 * @param nerveSignsBefore the worst nerve signs before, else null
 * @param spike the spike (for a spike alert), else null
 */
public record TrackingAlert(AlertKind kind, EntryRef source, Set<RedFlagSign> redFlagSigns,
		@Nullable NerveSigns nerveSigns, @Nullable NerveSigns nerveSignsBefore, @Nullable PainSpike spike) {

	public TrackingAlert {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(source, "source");
		redFlagSigns = Set.copyOf(redFlagSigns);
	}

}
