package org.fourstage.reporting.audit;

import java.util.List;

/**
 * A page of audit entries.
 *
 * @param entries the entries, newest first
 * @param page the page number, from 0
 * @param size entries per page
 * @param total entries matching in all
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

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
