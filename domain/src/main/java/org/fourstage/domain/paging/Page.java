package org.fourstage.domain.paging;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param <T> what the list holds
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size items per page
 * @param total items in the whole list
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = List.copyOf(items);
		if (page < 0 || size < 1 || total < 0) {
			throw new IllegalArgumentException("A page has a number from 0, a size from 1 and a total from 0");
		}
	}

	/**
	 * How many pages the whole list fills; an empty list still shows one, empty page.
	 * @return at least 1
	 */
	public int pageCount() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pageCount();
	}

}
