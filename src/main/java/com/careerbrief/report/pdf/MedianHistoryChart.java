package com.careerbrief.report.pdf;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.lowagie.text.Image;

/**
 * Draws the national median annual wage year by year, with a dashed line wherever BLS published the
 * occupation under another code (29-2071 → 29-2098 → 29-2072), so a jump is not read as a pay rise.
 */
final class MedianHistoryChart {

	static final float WIDTH = 250f;
	static final float HEIGHT = 118f;
	private static final float LEFT = 36f;
	private static final float RIGHT = WIDTH - 8f;
	private static final float BOTTOM = 16f;
	private static final float TOP = HEIGHT - 16f;
	/** Gridline steps to choose from, finest first: the finest that keeps {@link #MAX_GRIDLINES} or fewer. */
	private static final double[] STEPS = { 5000, 10000, 20000, 25000, 50000, 100000, 200000, 250000, 500000 };

	/** More labels than this overlap on the chart's height. */
	static final int MAX_GRIDLINES = 7;

	/**
	 * The chart, or empty with fewer than two years of an exact median. A year BLS published only as its top-code
	 * ("≥ $239,200") is left out, as in the workbook's charts: drawn at its code it would read as the median.
	 */
	Optional<Image> draw(BriefContext context) {
		List<Figure> all = context.facts().medianHistory();
		List<Figure> history = all.stream().filter(f -> f.bound() != Bound.AT_LEAST).toList();
		if (history.size() < 2) {
			return Optional.empty();
		}
		ChartCanvas canvas = new ChartCanvas(context, WIDTH, HEIGHT);
		// The years span every year with a figure, so a left-out year shows as a gap, not as a shorter axis.
		int first = all.get(0).period().endYear();
		int last = all.get(all.size() - 1).period().endYear();
		double low = history.stream().mapToDouble(f -> f.value().doubleValue()).min().orElse(0);
		double high = history.stream().mapToDouble(f -> f.value().doubleValue()).max().orElse(0);
		double step = step(low, high);
		double min = Math.floor(low / step) * step;
		double max = Math.ceil(high / step) * step;
		Axes axes = new Axes(first, last, min, max == min ? min + step : max, step);
		drawGrid(canvas, axes);
		drawCodes(canvas, axes, history);
		drawLine(canvas, axes, all);
		return Optional.of(canvas.image());
	}

	/**
	 * Which years the chart leaves out because BLS published only its top-code: "In 2022, BLS published the median
	 * only as its top-code (≥ $239,200), …", or empty when every year's median is exact.
	 */
	static Optional<String> topCodedYears(BriefContext context) {
		List<Figure> all = context.facts().medianHistory();
		List<Figure> topCoded = all.stream().filter(f -> f.bound() == Bound.AT_LEAST).toList();
		if (topCoded.isEmpty()) {
			return Optional.empty();
		}
		String codes = topCoded.stream().map(f -> Amounts.money(f.value(), f.unit(), f.bound())).distinct()
				.collect(Collectors.joining(", "));
		String what = ", BLS published the median only as its top-code (" + codes + "), not an exact figure, so ";
		if (topCoded.size() == all.size()) {
			return Optional.of("In every year with a figure, " + all.get(0).period().endYear() + " to "
					+ all.get(all.size() - 1).period().endYear() + what + "no line is drawn.");
		}
		String years = topCoded.stream().map(f -> String.valueOf(f.period().endYear())).collect(Collectors.joining(", "));
		boolean drawn = all.size() - topCoded.size() >= 2;
		String one = topCoded.size() == 1 ? "that year is" : "those years are";
		return Optional.of("In " + years + what + (drawn ? one + " left out of the chart." : "no line is drawn."));
	}

	/** True when the charted (exact) years are published under more than one code, so the chart draws a dashed line. */
	static boolean codeChanges(BriefContext context) {
		return context.facts().medianHistory().stream().filter(f -> f.bound() != Bound.AT_LEAST).map(MedianHistoryChart::code)
				.distinct().count() > 1;
	}

	private static void drawGrid(ChartCanvas canvas, Axes axes) {
		for (double v = axes.min; v <= axes.max + 1; v += axes.step) {
			float y = axes.y(v);
			canvas.line(LEFT, y, RIGHT, y, 0.3f, BriefFonts.RULE);
			canvas.text("$" + (int) (v / 1000) + "k", LEFT - 3f, y - 2f, ChartCanvas.RIGHT, 6f, false, BriefFonts.MUTED);
		}
		int every = axes.last - axes.first > 10 ? 2 : 1;
		for (int year = axes.first; year <= axes.last; year += every) {
			canvas.text(String.valueOf(year), axes.x(year), BOTTOM - 9f, ChartCanvas.CENTER, 6f, false, BriefFonts.MUTED);
		}
	}

	/** The first code at the top left, then a dashed line and the new code wherever the published code changes. */
	private static void drawCodes(ChartCanvas canvas, Axes axes, List<Figure> history) {
		String code = code(history.get(0));
		canvas.text(code, LEFT + 2f, TOP + 4f, ChartCanvas.LEFT, 6f, true, BriefFonts.MUTED);
		for (int i = 1; i < history.size(); i++) {
			String next = code(history.get(i));
			if (!next.equals(code)) {
				float x = (axes.x(history.get(i - 1).period().endYear()) + axes.x(history.get(i).period().endYear())) / 2;
				canvas.dashedLine(x, BOTTOM, x, TOP + 2f, BriefFonts.MUTED);
				canvas.text("→ " + next, x + 1.5f, TOP + 4f, ChartCanvas.LEFT, 6f, true, BriefFonts.MUTED);
				code = next;
			}
		}
	}

	/** The line joins neighbouring exact years only, so a gap shows where a top-coded year was left out. */
	private static void drawLine(ChartCanvas canvas, Axes axes, List<Figure> all) {
		for (int i = 1; i < all.size(); i++) {
			Figure a = all.get(i - 1);
			Figure b = all.get(i);
			if (a.bound() != Bound.AT_LEAST && b.bound() != Bound.AT_LEAST) {
				canvas.line(axes.x(a), axes.y(a), axes.x(b), axes.y(b), 1.2f, BriefFonts.ACCENT);
			}
		}
		List<Figure> history = all.stream().filter(f -> f.bound() != Bound.AT_LEAST).toList();
		for (Figure f : history) {
			canvas.dot(axes.x(f), axes.y(f), 1.6f, BriefFonts.ACCENT);
		}
		Figure first = history.get(0);
		Figure last = history.get(history.size() - 1);
		canvas.text(Amounts.money(first.value(), first.unit(), first.bound()), axes.x(first) + 4f, axes.y(first) - 8f,
				ChartCanvas.LEFT, 6.5f, true, Color.BLACK);
		canvas.text(Amounts.money(last.value(), last.unit(), last.bound()), axes.x(last), axes.y(last) + 5f,
				ChartCanvas.RIGHT, 6.5f, true, Color.BLACK);
	}

	/** The code as published that year (the SOC 2010 or hybrid code, before the crosswalk). */
	private static String code(Figure f) {
		return f.originalCode() == null || f.originalCode().isBlank() ? f.socCode() : f.originalCode();
	}

	/** $5k between gridlines for most occupations; wider where the medians span more ($115k–$230k: $25k, from $100k to $250k). */
	static double step(double low, double high) {
		for (double step : STEPS) {
			if (Math.ceil(high / step) - Math.floor(low / step) + 1 <= MAX_GRIDLINES) {
				return step;
			}
		}
		return STEPS[STEPS.length - 1];
	}

	private record Axes(int first, int last, double min, double max, double step) {
		float x(int year) {
			return (float) (LEFT + 4f + (year - first) * (RIGHT - LEFT - 8f) / Math.max(1, last - first));
		}

		float x(Figure f) {
			return x(f.period().endYear());
		}

		float y(double value) {
			return (float) (BOTTOM + (value - min) * (TOP - BOTTOM) / (max - min));
		}

		float y(Figure f) {
			return y(f.value().doubleValue());
		}
	}
}
