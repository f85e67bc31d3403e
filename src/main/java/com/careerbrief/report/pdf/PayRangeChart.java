package com.careerbrief.report.pdf;

import java.awt.Color;
import java.util.Optional;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.report.pdf.ReportFacts.Shown;
import com.lowagie.text.Image;

/** Draws the national pay spread: the 10th–90th percentile bar, the middle half darker, the median marked. */
final class PayRangeChart {

	static final float WIDTH = 250f;
	static final float HEIGHT = 52f;
	private static final float LEFT = 12f;
	private static final float RIGHT = WIDTH - 12f;
	private static final float BAR_Y = 22f;

	/** The chart, or empty without a 10th and 90th percentile. */
	Optional<Image> draw(BriefContext context) {
		ReportFacts facts = context.facts();
		// Per hour when BLS publishes hourly wages only; the unit of every label follows.
		Unit unit = facts.payUnit().orElse(Unit.USD_PER_YEAR);
		Optional<Shown> p10 = facts.nationalWage(Statistic.P10, unit);
		Optional<Shown> p90 = facts.nationalWage(Statistic.P90, unit);
		if (p10.isEmpty() || p90.isEmpty()) {
			return Optional.empty();
		}
		ChartCanvas canvas = new ChartCanvas(context, WIDTH, HEIGHT);
		double low = p10.get().value().doubleValue();
		double high = p90.get().value().doubleValue();
		Scale x = new Scale(low, high);
		canvas.box(LEFT, BAR_Y, RIGHT - LEFT, 9f, BriefFonts.RULE);
		Optional<Shown> p25 = facts.nationalWage(Statistic.P25, unit);
		Optional<Shown> p75 = facts.nationalWage(Statistic.P75, unit);
		// A top-coded 25th percentile leaves the middle half's start unknown, so it is not drawn at the code.
		if (p25.isPresent() && p75.isPresent() && p25.get().bound() != Bound.AT_LEAST) {
			float a = x.at(p25.get().value().doubleValue());
			float b = x.at(p75.get().value().doubleValue());
			canvas.box(a, BAR_Y, b - a, 9f, new Color(0x6F, 0x9B, 0xC8));
			// Under the bar, so the label never sits on the median mark. A box that runs past a top-coded end is often
			// narrower than its label, which would then run into the "≥ $239,200" under the end: left out there.
			boolean openEnded = p75.get().bound() == Bound.AT_LEAST;
			if (!openEnded || b - a >= context.fonts().regular.getWidthPoint("middle half", 6f)) {
				canvas.text("middle half", (a + b) / 2, BAR_Y - 9f, ChartCanvas.CENTER, 6f, false, BriefFonts.MUTED);
			}
		}
		// A top-coded 90th percentile is where BLS stops, not where pay stops: the bar runs on, dashed.
		if (p90.get().bound() == Bound.AT_LEAST) {
			canvas.dashedLine(RIGHT, BAR_Y + 4.5f, WIDTH - 1f, BAR_Y + 4.5f, BriefFonts.MUTED);
		}
		facts.nationalWage(Statistic.MEDIAN, unit).ifPresent(m -> {
			float mx = x.at(m.value().doubleValue());
			canvas.line(mx, BAR_Y - 3f, mx, BAR_Y + 12f, 1.6f, BriefFonts.ACCENT);
			// In a state edition "U.S. median": a bare "Median" beside the state's figures would read as the state's.
			String label = context.national("Median") + " " + m.moneyPer();
			float half = context.fonts().bold.getWidthPoint(label, 7f) / 2;
			// A median near either end (a top-coded one sits on the 90th percentile) is labelled inward.
			int align = mx + half > WIDTH ? ChartCanvas.RIGHT : mx - half < 0 ? ChartCanvas.LEFT : ChartCanvas.CENTER;
			canvas.text(label, align == ChartCanvas.RIGHT ? RIGHT : align == ChartCanvas.LEFT ? LEFT : mx, BAR_Y + 16f,
					align, 7f, true, BriefFonts.ACCENT);
		});
		label(canvas, p10.get(), "Lowest 10% earn less", LEFT, ChartCanvas.LEFT);
		String top = p90.get().bound() == Bound.AT_LEAST ? "Top 10% earn at least" : "Top 10% earn more";
		label(canvas, p90.get(), top, RIGHT, ChartCanvas.RIGHT);
		return Optional.of(canvas.image());
	}

	private static void label(ChartCanvas canvas, Shown value, String words, float x, int align) {
		canvas.text(value.money(), x, BAR_Y - 10f, align, 7f, true, Color.BLACK);
		canvas.text(words, x, BAR_Y - 18f, align, 6f, false, BriefFonts.MUTED);
	}

	/** Maps a wage between the 10th and 90th percentile to a point on the bar. */
	private record Scale(double low, double high) {
		float at(double value) {
			double share = high == low ? 0.5 : (value - low) / (high - low);
			return (float) (LEFT + share * (RIGHT - LEFT));
		}
	}
}
