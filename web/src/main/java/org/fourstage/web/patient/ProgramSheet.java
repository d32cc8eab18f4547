package org.fourstage.web.patient;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.fourstage.reporting.pdf.PdfRenderer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The patient's printable program sheet: a Thymeleaf template written as well-formed
 * XHTML, rendered to PDF. A sheet on the fridge door is how many patients actually follow
 * their program, so it holds everything the page does except the timer.
 */
@Component
class ProgramSheet {

	private static final String TEMPLATE = "patient/program-sheet";

	private final ITemplateEngine templates;

	private final PdfRenderer pdf;

	ProgramSheet(ITemplateEngine templates, PdfRenderer pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	/**
	 * Renders the sheet.
	 * @param program the patient's program
	 * @param patientName whose sheet it is
	 * @param printedOn the day it is made, printed on it so an old sheet can be told
	 * apart
	 * @param locale the language of the texts
	 * @return the PDF
	 */
	byte[] render(MyProgramView program, String patientName, LocalDate printedOn, Locale locale) {
		String xhtml = this.templates.process(TEMPLATE,
				new Context(locale, Map.of("program", program, "patientName", patientName, "printedOn", printedOn)));
		return this.pdf.render(xhtml);
	}

}
