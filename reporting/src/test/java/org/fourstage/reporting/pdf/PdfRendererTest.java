package org.fourstage.reporting.pdf;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

	private static final String PAGE = """
			<html xmlns="http://www.w3.org/1999/xhtml"><head><style>
			@page { size: A4; margin: 15mm; @bottom-right { content: counter(page) " / " counter(pages); } }
			body { font-family: 'DejaVu Sans'; }
			.next { page-break-before: always; }
			</style></head><body>%s</body></html>
			""";

	private final PdfRenderer renderer = new PdfRenderer();

	@Test
	void printsSignsDashesAndAccentedNames() throws IOException {
		String text = textOf(this.renderer.render(
				PAGE.formatted("<p>Advance when NPRS ≥ 2 points – Zoë Šimić, José Müller</p><p><b>Bold ≥ é</b></p>")));

		assertThat(text).contains("NPRS ≥ 2 points – Zoë Šimić, José Müller", "Bold ≥ é");
	}

	@Test
	void numbersEveryPageOutOfAll() throws IOException {
		String text = textOf(this.renderer.render(PAGE.formatted("<p>First</p><p class=\"next\">Second</p>")));

		assertThat(text).contains("1 / 2", "2 / 2");
	}

	@Test
	void leavesOutCharactersXmlCannotHold() throws IOException {
		String text = textOf(this.renderer.render(PAGE.formatted("<p>Keep\u000B it\u0001 short\uFFFE</p>")));

		assertThat(text).contains("Keep it short");
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
