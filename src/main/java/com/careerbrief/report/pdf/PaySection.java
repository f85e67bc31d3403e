package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.report.pdf.ReportFacts.Shown;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Pay: what the median and the spread mean in words, the spread and the median over time drawn, and pay by state. */
final class PaySection implements BriefSection {

	private final PayRangeChart rangeChart = new PayRangeChart();
	private final MedianHistoryChart historyChart = new MedianHistoryChart();
	private final StateWageTable stateTable = new StateWageTable();

	@Override
	public String title() {
		return "Pay";
	}

	/** The charts sit side by side in one row; the whole section moves to the next page rather than split. */
	@Override
	public boolean keepTogether() {
		return true;
	}

	@Override
	public boolean hasContent(BriefContext context) {
		return context.facts().payUnit().isPresent() || !context.facts().stateMeans().isEmpty();
	}

	@Override
	public List<Element> body(BriefContext context) {
		List<Element> elements = new ArrayList<>();
		StatePay.sentence(context).ifPresent(s -> elements.add(context.blocks().labelled(s, "")));
		summary(context).ifPresent(s -> elements.add(context.blocks().paragraph(s)));
		PdfPTable grid = new PdfPTable(2);
		grid.setWidthPercentage(100);
		PdfPCell left = cell(0, 6);
		PdfPCell right = cell(6, 0);
		rangeChart.draw(context).ifPresent(left::addElement);
		stateTable.elements(context).ifPresent(e -> e.forEach(left::addElement));
		Optional<com.lowagie.text.Image> chart = historyChart.draw(context);
		Optional<String> topCoded = context.facts().medianHistory().size() < 2 ? Optional.empty()
				: MedianHistoryChart.topCodedYears(context);
		if (chart.isPresent() || topCoded.isPresent()) {
			right.addElement(context.blocks().labelled("Median pay over time", "(national, per year)"));
		}
		chart.ifPresent(c -> {
			right.addElement(c);
			if (MedianHistoryChart.codeChanges(context)) {
				right.addElement(context.blocks().note("Dashed lines: BLS published this occupation under another code "
						+ "from then on, so part of a jump can come from the change of definition."));
			}
		});
		topCoded.ifPresent(s -> right.addElement(context.blocks().note(s)));
		// Under the median chart, beside the state table, where the chart column usually has room: on the shipped input
		// 83 national briefs run to a second page with it, against 47 without.
		OfficialDisagreements.sentence(context).ifPresent(s -> right.addElement(context.blocks().note(s)));
		grid.addCell(left);
		grid.addCell(right);
		elements.add(grid);
		return elements;
	}

	/**
	 * Said where BLS publishes hourly wages only. The file does not say which of BLS's two reasons applies (an
	 * HOURLY=TRUE occupation, or an annual estimate it could not publish), so both are named, neither asserted.
	 */
	static final String NO_ANNUAL = "BLS publishes no annual wage for this occupation, only hourly wages (it does so"
			+ " where workers often do not work full time all year, or where an annual estimate is not available).";

	/**
	 * The Handbook's way of saying it: half earned more, half less; the lowest and highest tenth. Per year, or
	 * per hour when BLS publishes no annual wage, never an hourly wage multiplied out.
	 */
	static Optional<String> summary(BriefContext context) {
		ReportFacts facts = context.facts();
		Optional<Unit> unit = facts.payUnit();
		if (unit.isEmpty()) {
			return Optional.empty();
		}
		Unit per = unit.get();
		Shown median = facts.nationalWage(Statistic.MEDIAN, per).orElseThrow();
		String measure = per == Unit.USD_PER_HOUR ? "median wage" : "median annual wage";
		// A state edition has just given the state's mean; this paragraph is about the whole country.
		String opening = (context.options().stateLed() ? "Across the U.S., the " : "The ") + measure + " was ";
		StringBuilder text = new StringBuilder(opening + medianInWords(median));
		Optional<Shown> p10 = facts.nationalWage(Statistic.P10, per);
		Optional<Shown> p90 = facts.nationalWage(Statistic.P90, per);
		if (p10.isPresent() && p90.isPresent()) {
			text.append(" The lowest 10 percent earned less than ").append(p10.get().moneyPer()).append(", and the highest 10 percent ")
					.append(p90.get().bound() == Bound.AT_LEAST ? "earned " + p90.get().moneyPer() + ", the top of what BLS publishes."
							: "earned more than " + p90.get().moneyPer() + ".");
		}
		// Above a top-coded median only when the mean is above it whatever the median's true value.
		facts.nationalWage(Statistic.MEAN, per).ifPresent(m -> text.append(" The average (mean) was ")
				.append(m.moneyPer()).append(median.bound() != Bound.AT_LEAST && m.value().compareTo(median.value()) > 0
						? ", pulled above the median by the best-paid workers." : "."));
		if (per == Unit.USD_PER_HOUR) {
			text.append(' ').append(NO_ANNUAL);
		}
		return Optional.of(text.toString());
	}

	/** "$50,250 in May 2024: half of workers …", or for a top-code "at least $239,200 in May 2024 (BLS publishes …". */
	private static String medianInWords(Shown median) {
		if (median.bound() != Bound.AT_LEAST) {
			return median.moneyPer() + " in " + median.period().label() + ": half of workers earned more and half earned less.";
		}
		String code = Amounts.money(median.value(), median.unit(), Bound.EXACT)
				+ (median.unit() == Unit.USD_PER_HOUR ? " an hour" : "");
		return "at least " + code + " in " + median.period().label() + " (BLS publishes no exact figure above its top-code): "
				+ "half of workers earned " + code + " or more.";
	}

	private static PdfPCell cell(float padLeft, float padRight) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingLeft(padLeft);
		cell.setPaddingRight(padRight);
		return cell;
	}
}
