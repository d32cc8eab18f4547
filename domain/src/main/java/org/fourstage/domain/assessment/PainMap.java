package org.fourstage.domain.assessment;

import java.util.Set;

/**
 * Where it hurts.
 *
 * @param locations the marked places, at least one
 * @param spreadsInALine whether the symptoms run along a narrow line (down the leg, for
 * example) rather than a diffuse area; a line-like spread points to a nerve
 */
public record PainMap(Set<PainLocation> locations, boolean spreadsInALine) {

	public PainMap {
		locations = Set.copyOf(locations);
		if (locations.isEmpty()) {
			throw new IllegalArgumentException("Mark at least one place where it hurts");
		}
	}

	public static PainMap of(PainLocation... locations) {
		return new PainMap(Set.of(locations), false);
	}

	public boolean includes(BodyRegion region) {
		return this.locations.stream().anyMatch((location) -> location.region() == region);
	}

	public boolean staysInBackAndButtock() {
		return this.locations.stream().allMatch((location) -> location.region().isBackOrButtock());
	}

}
