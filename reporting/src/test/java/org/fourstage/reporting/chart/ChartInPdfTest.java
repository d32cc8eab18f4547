package org.fourstage.reporting.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fourstage.reporting.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.reporting.chart.ChartSamples.END;
import static org.fourstage.reporting.chart.ChartSamples.START;

/**
 * The charts print: each is drawn into a PDF through the one {@link PdfRenderer}, and the
 * page is rasterised to find the chart's own colours on it. The pages are kept in
 * {@code target/charts} to be looked at.
 */
class ChartInPdfTest {

	private static final String PAGE = """
			<html xmlns="http://www.w3.org/1999/xhtml"><head><style>
			@page { size: A4; margin: 12mm; }
			body { font-family: 'DejaVu Sans'; font-size: 10pt; }
			svg.chart { width: 180mm; height: 80mm; }
			</style></head><body>%s</body></html>
			""";

	private final PdfRenderer renderer = new PdfRenderer();

	@Test
	void everyChartIsDrawnOnThePrintedPage() throws IOException {
		List<Chart> charts = List.of(
				PainTrendChart.draw("pain", ChartSamples.pain(), ChartSamples.words("Pain", "Pain 0–10"),
						ChartSamples.painWords()),
				DisabilityIndexChart.draw("odi", START, END, ChartSamples.disability(),
						ChartSamples.words("Disability index", "Score 0–100"), "Disability index"),
				AdherenceChart.draw("adh", ChartSamples.adherence(), 60, ChartSamples.words("Adherence", "Adherence"),
						ChartSamples.adherenceWords()),
				EnduranceHoldChart.draw("hold", START, END, ChartSamples.holds(), 15,
						ChartSamples.words("Endurance hold", "Seconds"), ChartSamples.holdWords()));
		String[] colours = { PainTrendChart.EVENING_COLOUR, DisabilityIndexChart.COLOUR, AdherenceChart.COLOUR,
				EnduranceHoldChart.COLOUR };

		for (int i = 0; i < charts.size(); i++) {
			Chart chart = charts.get(i);
			byte[] pdf = this.renderer.render(PAGE.formatted("<h1>" + chart.table().caption() + "</h1>" + chart.svg()
					+ "<p>" + String.join(" | ", chart.table().columns()) + "</p>"));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(document.getNumberOfPages()).isEqualTo(1);
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 96);
				Path pictures = Files.createDirectories(Path.of("target", "charts"));
				String name = chart.table().caption().replace(' ', '-');
				ImageIO.write(page, "png", pictures.resolve(name + ".png").toFile());
				Files.writeString(pictures.resolve(name + ".svg"), chart.svg());

				assertThat(pixelsOf(page, colours[i])).as(chart.table().caption()).isGreaterThan(50);
				assertThat(new PDFTextStripper().getText(document)).contains(chart.table().caption());
			}
		}
	}

	private static int pixelsOf(BufferedImage page, String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		int count = 0;
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				int pixel = page.getRGB(x, y) & 0xffffff;
				if (close(pixel, rgb)) {
					count++;
				}
			}
		}
		return count;
	}

	private static boolean close(int a, int b) {
		for (int shift = 0; shift <= 16; shift += 8) {
			if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 12) {
				return false;
			}
		}
		return true;
	}

}
