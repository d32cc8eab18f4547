package org.fourstage.reporting.patient;

import java.util.List;

/**
 * A page of the patient list.
 *
 * @param entries the patients on this page
 * @param page the page number, from 0
 * @param size patients per page
 * @param total patients matching in all
 */
public record PatientListPage(List<PatientListEntry> entries, int page, int size, long total) {

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
