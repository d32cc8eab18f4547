/**
 * Charts of a patient's tracking drawn on the server as SVG: pain trend, disability
 * index, adherence per week and the prone endurance hold. The same markup shows in a page
 * without JavaScript and prints in a PDF through
 * {@link org.fourstage.reporting.pdf.PdfRenderer}; each chart carries a title, a
 * description and a data table as its text alternative. All words come from the caller,
 * so the web module takes them from its messages.
 */
@NullMarked
package org.fourstage.reporting.chart;

import org.jspecify.annotations.NullMarked;
