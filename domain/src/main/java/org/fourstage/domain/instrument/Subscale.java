package org.fourstage.domain.instrument;

import java.util.List;

/**
 * A part of an instrument scored on its own, such as the psychosocial items of STarT
 * Back.
 *
 * @param id stable id
 * @param label short label
 * @param itemIds the items it sums
 */
public record Subscale(String id, String label, List<String> itemIds) {

	public Subscale {
		itemIds = List.copyOf(itemIds);
		if (itemIds.isEmpty()) {
			throw new IllegalArgumentException("A subscale needs items");
		}
	}

}
