package org.fourstage.domain.account;

import java.util.List;

/**
 * One page of a clinic's accounts.
 *
 * @param accounts the accounts on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many accounts match in all
 */
public record AccountPage(List<Account> accounts, int page, int size, long total) {

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
