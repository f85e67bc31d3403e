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
		return context.facts().nationalWage(Statistic.MEDIAN, Unit.USD_PER_YEAR).isPresent()
				|| !context.facts().stateMeans().isEmpty();
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

	/** The Handbook's way of saying it: half earned more, half less; the lowest and highest tenth. */
	static Optional<String> summary(BriefContext context) {
		ReportFacts facts = context.facts();
		Optional<Shown> median = facts.nationalWage(Statistic.MEDIAN, Unit.USD_PER_YEAR);
		if (median.isEmpty()) {
			return Optional.empty();
		}
		// A state edition has just given the state's mean; this paragraph is about the whole country.
		String opening = context.options().stateLed() ? "Across the U.S., the median annual wage was " : "The median annual wage was ";
		StringBuilder text = new StringBuilder(opening + medianInWords(median.get()));
		Optional<Shown> p10 = facts.nationalWage(Statistic.P10, Unit.USD_PER_YEAR);
		Optional<Shown> p90 = facts.nationalWage(Statistic.P90, Unit.USD_PER_YEAR);
		if (p10.isPresent() && p90.isPresent()) {
			text.append(" The lowest 10 percent earned less than ").append(p10.get().money()).append(", and the highest 10 percent ")
					.append(p90.get().bound() == Bound.AT_LEAST ? "earned " + p90.get().money() + ", the top of what BLS publishes."
							: "earned more than " + p90.get().money() + ".");
		}
		// Above a top-coded median only when the mean is above it whatever the median's true value.
		facts.nationalWage(Statistic.MEAN, Unit.USD_PER_YEAR).ifPresent(m -> text.append(" The average (mean) was ")
				.append(m.money()).append(median.get().bound() != Bound.AT_LEAST && m.value().compareTo(median.get().value()) > 0
						? ", pulled above the median by the best-paid workers." : "."));
		return Optional.of(text.toString());
	}

	/** "$50,250 in May 2024: half of workers …", or for a top-code "at least $239,200 in May 2024 (BLS publishes …". */
	private static String medianInWords(Shown median) {
		if (median.bound() != Bound.AT_LEAST) {
			return median.money() + " in " + median.period().label() + ": half of workers earned more and half earned less.";
		}
		String code = Amounts.money(median.value(), median.unit(), Bound.EXACT);
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
