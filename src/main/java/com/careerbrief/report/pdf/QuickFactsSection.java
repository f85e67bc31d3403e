package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.report.pdf.ReportFacts.Shown;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The quick-facts box, as in the Occupational Outlook Handbook: pay, range, entry education, outlook, openings, jobs. */
final class QuickFactsSection implements BriefSection {

	private static final OutlookFacts OUTLOOK = new OutlookFacts();

	@Override
	public String title() {
		return "Quick facts";
	}

	@Override
	public boolean keepTogether() {
		return true;
	}

	@Override
	public boolean hasContent(BriefContext context) {
		return !tiles(context).isEmpty();
	}

	@Override
	public List<Element> body(BriefContext context) {
		List<String[]> tiles = tiles(context);
		// A state edition adds its state's tile in front; four across keeps the box to two rows.
		PdfPTable table = new PdfPTable(tiles.size() > 6 ? 4 : 3);
		table.setWidthPercentage(100);
		for (String[] tile : tiles) {
			table.addCell(tile(context, tile));
		}
		// Cells that fill the last row stay invisible.
		table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
		table.completeRow();
		return List.of(table);
	}

	private PdfPCell tile(BriefContext context, String[] tile) {
		PdfPCell cell = new PdfPCell();
		cell.setBackgroundColor(BriefFonts.LIGHT);
		cell.setBorderColor(java.awt.Color.WHITE);
		cell.setBorderWidth(1.5f);
		cell.setPadding(4f);
		cell.addElement(new Paragraph(9f, tile[0], context.fonts().small()));
		cell.addElement(new Paragraph(13f, tile[1], context.fonts().factValue()));
		if (tile[2] != null) {
			cell.addElement(new Paragraph(9.5f, tile[2], context.fonts().body()));
		}
		return cell;
	}

	/** Each tile: label, value, and an optional line under it. */
	static List<String[]> tiles(BriefContext context) {
		ReportFacts facts = context.facts();
		List<String[]> tiles = new ArrayList<>();
		StatePay.tile(context).ifPresent(tiles::add);
		Optional<Shown> annual = facts.nationalWage(Statistic.MEDIAN, Unit.USD_PER_YEAR);
		Optional<Shown> hourly = facts.nationalWage(Statistic.MEDIAN, Unit.USD_PER_HOUR);
		if (annual.isPresent()) {
			Shown a = annual.get();
			tiles.add(new String[] { context.national("Median pay, " + a.period().label()), a.money() + " per year",
					hourly.map(h -> h.money() + " per hour").orElse(null) });
		}
		else {
			// BLS publishes hourly wages only: the tile leads with the hour and says why there is no year.
			hourly.ifPresent(h -> tiles.add(new String[] { context.national("Median pay, " + h.period().label()),
					h.money() + " per hour", "BLS publishes no annual wage" }));
		}
		Unit per = facts.payUnit().orElse(Unit.USD_PER_YEAR);
		Optional<Shown> p10 = facts.nationalWage(Statistic.P10, per);
		Optional<Shown> p90 = facts.nationalWage(Statistic.P90, per);
		if (p10.isPresent() && p90.isPresent()) {
			tiles.add(new String[] { context.national("Pay range, lowest to highest 10%"), p10.get().money() + " – " + p90.get().money(),
					(per == Unit.USD_PER_HOUR ? "Per hour, 10th" : "10th") + " to 90th percentile, " + p90.get().period().label() });
		}
		entryEducation(facts).ifPresent(e -> tiles.add(new String[] { "Typical entry-level education", e, null }));
		OUTLOOK.tiles(context).forEach(tiles::add);
		// OEWS counts jobs in the survey month; the projection's base-year count is the fallback.
		facts.newestNational(Metric.EMPLOYMENT, Statistic.VALUE, null, PeriodKind.SURVEY)
				.or(() -> facts.newestNational(Metric.EMPLOYMENT, Statistic.VALUE, null, null))
				.ifPresent(f -> tiles.add(new String[] { context.national("Number of jobs, " + f.period().label()),
						Amounts.persons(f.value(), f.unit(), f.bound()), null }));
		return tiles;
	}

	static Optional<String> entryEducation(ReportFacts facts) {
		Optional<String> newest = OccupationText.newest(facts.report().texts(), OccupationText.Kind.ENTRY_EDUCATION)
			.map(OccupationText::text);
		if (newest.isPresent()) {
			return newest;
		}
		return Optional.ofNullable(facts.report().occupation().entryEducation()).filter(s -> !s.isBlank());
	}
}
