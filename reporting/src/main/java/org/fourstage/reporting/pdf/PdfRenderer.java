package org.fourstage.reporting.pdf;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.fourstage.domain.validation.FreeText;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns well-formed XHTML (a Thymeleaf template) into PDF, the same way for every printed
 * document: the program sheet today, the outcome reports next.
 * <p>
 * The PDF's built-in fonts know neither "≥" nor most accented names, so the renderer
 * embeds DejaVu Sans (Bitstream Vera licence, see {@code DejaVu-LICENSE.txt}) under the
 * family {@link #FONT_FAMILY}, which templates name in their CSS and which also stands in
 * for any character another font lacks. Page numbers come from the template's CSS
 * {@code @page} rules with {@code counter(page)} and {@code counter(pages)}.
 * <p>
 * Inline {@code <svg>} elements (the charts) are drawn by Batik, with scripts and
 * external resources off. Batik reads fonts from files, so the same DejaVu Sans is copied
 * once to a temporary file for it: chart labels print alike on every machine, fonts
 * installed or not.
 */
@Component
public class PdfRenderer {

	/** The font family templates use: it prints every character a clinic types. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final EnumSet<FSFontUseCase> FONT_USE = EnumSet.of(FSFontUseCase.DOCUMENT,
			FSFontUseCase.FALLBACK_FINAL);

	private static final EnumSet<FSFontUseCase> SVG_FONT_USE = EnumSet.of(FSFontUseCase.SVG);

	/**
	 * Renders a document.
	 * @param xhtml the document, well-formed XHTML
	 * @return the PDF
	 */
	public byte[] render(String xhtml) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true, FONT_USE);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true, FONT_USE);
			builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
					BatikSVGDrawer.SvgExternalResourceMode.SECURE));
			builder.useFont(SvgFonts.REGULAR.file(), FONT_FAMILY, 400, FontStyle.NORMAL, true, SVG_FONT_USE);
			builder.useFont(SvgFonts.BOLD.file(), FONT_FAMILY, 700, FontStyle.NORMAL, true, SVG_FONT_USE);
			// Rows saved before the one text rule may hold characters XML cannot carry.
			builder.withHtmlContent(FreeText.withoutUnstorable(xhtml), null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be rendered", ex);
		}
		return pdf.toByteArray();
	}

	/** The embedded fonts as files, copied once per run. */
	private enum SvgFonts {

		REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf");

		private final String resource;

		private @Nullable File file;

		SvgFonts(String resource) {
			this.resource = resource;
		}

		synchronized File file() throws IOException {
			if (this.file == null || !this.file.isFile()) {
				Path copy = Files.createTempFile("fourstage-font-", ".ttf");
				copy.toFile().deleteOnExit();
				try (InputStream in = font(this.resource)) {
					Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				}
				this.file = copy.toFile();
			}
			return this.file;
		}

	}

	private static InputStream font(String file) {
		return Objects.requireNonNull(PdfRenderer.class.getResourceAsStream(file), file);
	}

}
