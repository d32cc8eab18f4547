package org.fourstage.reporting.chart;

import java.util.List;

/**
 * A chart's figures as a table, for screen readers and for anyone who wants the numbers:
 * one header per column and rows of cells already written out. An empty cell is "".
 *
 * @param caption what the table holds
 * @param columns the column headers
 * @param rows the rows, each as long as the headers
 */
public record DataTable(String caption, List<String> columns, List<List<String>> rows) {

	public DataTable {
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
		for (List<String> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("Every row has a cell per column");
			}
		}
	}

}
