package org.fourstage.reporting.chart;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fourstage.reporting.chart.ChartSamples.END;
import static org.fourstage.reporting.chart.ChartSamples.START;

class TrackingChartsTest {

	@Test
	void thePainChartDrawsEveryFigureOfTheSpanOnAZeroToTenScale() {
		Chart chart = PainTrendChart.draw("pain", ChartSamples.pain(), ChartSamples.words("Pain", "Pain 0–10"),
				ChartSamples.painWords());
		SvgDocument svg = SvgDocument.parse(chart.svg());

		// 28 days less the 5 without a check-in (days 3, 8, 13, 18, 23)
		assertThat(svg.points("morning")).hasSize(23).startsWith("2026-11-02=7", "2026-11-03=7");
		assertThat(svg.points("evening")).hasSize(23).endsWith("2026-11-29=0");
		assertThat(svg.points("before-session")).containsExactly("2026-11-04=6", "2026-11-11=5", "2026-11-18=4",
				"2026-11-25=2");
		assertThat(svg.points("after-session")).hasSize(4);
		assertThat(svg.withClass("flare-up")).singleElement()
			.satisfies((flare) -> assertThat(flare.getAttribute("data-x")).isEqualTo("2026-11-14"));
		assertThat(svg.withClass("stage-band")).extracting((band) -> band.getAttribute("data-stage"))
			.containsExactly("1", "2");
		assertThat(chart.yAxis()).isEqualTo(new AxisRange(0, 10));
		assertThat(chart.xAxis()).isEqualTo(new AxisRange(START.toEpochDay(), END.toEpochDay()));
	}

	@Test
	void placesAPointWhereItsValueAndDayAre() {
		Chart chart = PainTrendChart.draw("pain", ChartSamples.pain(), ChartSamples.words("Pain", "Pain 0–10"),
				ChartSamples.painWords());
		Element first = firstMarker(SvgDocument.parse(chart.svg()), "morning");

		// day 0 of 27 sits on the left edge; 7 of 10 is 70 % up the plot
		double plotHeight = ChartCanvas.HEIGHT - ChartCanvas.BOTTOM - ChartCanvas.TOP;
		assertThat(Double.parseDouble(first.getAttribute("cx"))).isEqualTo(ChartCanvas.LEFT);
		assertThat(Double.parseDouble(first.getAttribute("cy")))
			.isCloseTo(ChartCanvas.HEIGHT - ChartCanvas.BOTTOM - 0.7 * plotHeight, within(0.01));
	}

	@Test
	void leavesOutFiguresOutsideTheSpan() {
		PainTrendData sample = ChartSamples.pain();
		PainTrendData lastWeek = new PainTrendData(END.minusDays(6), END, sample.morning(), sample.evening(),
				sample.beforeSession(), sample.afterSession(), sample.flareUps(), sample.stages());

		Chart chart = PainTrendChart.draw("pain", lastWeek, ChartSamples.words("Pain", "Pain 0–10"),
				ChartSamples.painWords());
		SvgDocument svg = SvgDocument.parse(chart.svg());

		// days 21..27 less day 23
		assertThat(svg.points("morning")).hasSize(6);
		assertThat(svg.withClass("flare-up")).isEmpty();
		assertThat(svg.withClass("stage-band")).hasSize(1);
		assertThat(chart.table().rows()).hasSize(7);
	}

	@Test
	void thePainTableHasARowPerDayWithAnyFigure() {
		Chart chart = PainTrendChart.draw("pain", ChartSamples.pain(), ChartSamples.words("Pain", "Pain 0–10"),
				ChartSamples.painWords());

		// 23 check-in days, and 25 Nov: a session on a day without a check-in
		assertThat(chart.table().rows()).hasSize(24);
		assertThat(chart.table().rows()).contains(List.of("25 Nov", "", "", "2", "2", "", "Stage 2"));
		assertThat(chart.table().columns()).containsExactly("Day", "Morning", "Evening", "Before session",
				"After session", "Flare-up", "Stage");
		assertThat(chart.table().rows().get(0)).containsExactly("2 Nov", "7", "6", "", "", "", "Stage 1");
		assertThat(chart.table().rows()).contains(List.of("14 Nov", "4", "3", "", "", "8", "Stage 1"));
	}

	@Test
	void everyChartNamesAndDescribesItselfForScreenReadersAndHasNoInlineStyle() {
		List<Chart> charts = List.of(
				PainTrendChart.draw("pain", ChartSamples.pain(), ChartSamples.words("Pain", "Pain"),
						ChartSamples.painWords()),
				DisabilityIndexChart.draw("odi", START, END, ChartSamples.disability(),
						ChartSamples.words("Disability index", "Score"), "Disability index"),
				AdherenceChart.draw("adh", ChartSamples.adherence(), 60, ChartSamples.words("Adherence", "%"),
						ChartSamples.adherenceWords()),
				EnduranceHoldChart.draw("hold", START, END, ChartSamples.holds(), 15,
						ChartSamples.words("Endurance hold", "Seconds"), ChartSamples.holdWords()));

		for (Chart chart : charts) {
			SvgDocument svg = SvgDocument.parse(chart.svg());
			String id = svg.root().getAttribute("id");
			assertThat(svg.root().getAttribute("role")).isEqualTo("img");
			assertThat(svg.root().getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
			assertThat(svg.text("title")).isEqualTo(chart.table().caption());
			assertThat(svg.text("desc")).endsWith("from 2 Nov to 29 Nov 2026");
			assertThat(svg.styleAttributes()).isZero();
		}
	}

	@Test
	void escapesTextSoALabelCannotBecomeMarkup() {
		ChartWords words = new ChartWords("<script>alert(1)</script> & co", "d", "x", "y", ChartSamples.DAY);

		Chart chart = DisabilityIndexChart.draw("odi", START, END, ChartSamples.disability(), words, "\"quoted\"");

		assertThat(chart.svg()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
		assertThat(SvgDocument.parse(chart.svg()).text("title")).isEqualTo("<script>alert(1)</script> & co");
	}

	@Test
	void theDisabilityChartDrawsEachScoreOnAZeroToHundredScale() {
		Chart chart = DisabilityIndexChart.draw("odi", START, END, ChartSamples.disability(),
				ChartSamples.words("Disability index", "Score 0–100"), "Disability index");
		SvgDocument svg = SvgDocument.parse(chart.svg());

		assertThat(svg.points("disability-index")).containsExactly("2026-11-02=46", "2026-11-16=38", "2026-11-29=24");
		assertThat(chart.yAxis()).isEqualTo(new AxisRange(0, 100));
		assertThat(chart.table().rows()).containsExactly(List.of("2 Nov", "46"), List.of("16 Nov", "38"),
				List.of("29 Nov", "24"));
	}

	@Test
	void theAdherenceChartHasABarPerWeekWithAFigureAndNoneForAWeekWithNothingPrescribed() {
		Chart chart = AdherenceChart.draw("adh", ChartSamples.adherence(), 60,
				ChartSamples.words("Adherence", "Adherence"), ChartSamples.adherenceWords());
		SvgDocument svg = SvgDocument.parse(chart.svg());

		// week 1: 3 of 3; week 2: (1 + 0.5) of 3; week 3: nothing prescribed; week 4: 1
		// of 3
		assertThat(svg.withClass("bar"))
			.extracting((bar) -> bar.getAttribute("data-x") + "=" + bar.getAttribute("data-y"))
			.containsExactly("1=100", "2=50", "4=33.33");
		assertThat(svg.withClass("no-figure")).extracting((mark) -> mark.getAttribute("data-x")).containsExactly("3");
		assertThat(svg.withClass("target")).singleElement()
			.satisfies((line) -> assertThat(line.getAttribute("data-y")).isEqualTo("60"));
		assertThat(chart.xAxis()).isEqualTo(new AxisRange(0.5, 4.5));
		assertThat(chart.yAxis()).isEqualTo(new AxisRange(0, 100));
		assertThat(chart.table().rows()).containsExactly(List.of("1 (2 Nov – 8 Nov)", "100 %", "3 of 3"),
				List.of("2 (9 Nov – 15 Nov)", "50 %", "1.5 of 3"),
				List.of("3 (16 Nov – 22 Nov)", "nothing prescribed", "0 of 0"),
				List.of("4 (23 Nov – 29 Nov)", "33 %", "1 of 3"));
	}

	@Test
	void aBarIsAsTallAsItsShareOfThePlot() {
		Chart chart = AdherenceChart.draw("adh", ChartSamples.adherence(), null, ChartSamples.words("A", "%"),
				ChartSamples.adherenceWords());
		List<Element> bars = SvgDocument.parse(chart.svg()).withClass("bar");

		double plotHeight = ChartCanvas.HEIGHT - ChartCanvas.BOTTOM - ChartCanvas.TOP;
		assertThat(Double.parseDouble(bars.get(0).getAttribute("height"))).isEqualTo(plotHeight);
		assertThat(Double.parseDouble(bars.get(1).getAttribute("height"))).isEqualTo(plotHeight / 2);
		assertThat(SvgDocument.parse(chart.svg()).withClass("target")).isEmpty();
	}

	@Test
	void theEnduranceChartScalesToTheLongestHoldOrTheTargetAndDrawsCrampedHoldsHollow() {
		Chart chart = EnduranceHoldChart.draw("hold", START, END, ChartSamples.holds(), 15,
				ChartSamples.words("Endurance hold", "Seconds"), ChartSamples.holdWords());
		SvgDocument svg = SvgDocument.parse(chart.svg());

		assertThat(svg.points("endurance-hold")).containsExactly("2026-11-03=8", "2026-11-12=12", "2026-11-26=20");
		// longest 20 s: grid every 5 s, up to the next line above 20
		assertThat(chart.yAxis()).isEqualTo(new AxisRange(0, 25));
		assertThat(firstMarker(svg, "endurance-hold").getAttribute("fill")).isEqualTo("#ffffff");
		assertThat(chart.table().rows().get(0)).containsExactly("3 Nov", "8", "yes");

		Chart aboveTarget = EnduranceHoldChart.draw("hold", START, END, ChartSamples.holds(), 60,
				ChartSamples.words("Endurance hold", "Seconds"), ChartSamples.holdWords());
		assertThat(aboveTarget.yAxis().max()).isGreaterThan(60);
	}

	@Test
	void aChartWithoutFiguresStillDrawsItsAxes() {
		Chart chart = EnduranceHoldChart.draw("hold", START, END, List.of(), null,
				ChartSamples.words("Endurance hold", "Seconds"), ChartSamples.holdWords());

		assertThat(SvgDocument.parse(chart.svg()).points("endurance-hold")).isEmpty();
		assertThat(chart.yAxis()).isEqualTo(new AxisRange(0, 5));
		assertThat(chart.table().rows()).isEmpty();
	}

	private static Element firstMarker(SvgDocument svg, String series) {
		for (Element group : svg.withClass("series")) {
			if (group.getAttribute("data-series").equals(series)) {
				Element point = (Element) group.getElementsByTagNameNS("*", "g").item(0);
				return (Element) point.getFirstChild();
			}
		}
		throw new AssertionError("No series " + series);
	}

}
