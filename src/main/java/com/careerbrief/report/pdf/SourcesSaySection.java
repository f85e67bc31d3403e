package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.report.verdict.ReportWording;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * What sources say: each article figure that was checked, in plain words, with the verdict's reason
 * and, beside it, the figure that holds; claims that need correcting come first.
 */
final class SourcesSaySection implements BriefSection {

	static final int MAX_CLAIMS = 6;
	private final HoldingFigure holding = new HoldingFigure();

	@Override
	public String title() {
		return "What sources say";
	}

	@Override
	public boolean hasContent(BriefContext context) {
		return !checked(context).isEmpty();
	}

	@Override
	public List<Element> body(BriefContext context) {
		PdfPTable table = new PdfPTable(new float[] { 5.2f, 1.6f });
		table.setWidthPercentage(100);
		header(table, context, "What an article says, and what the official data says");
		header(table, context, "Figure that holds");
		table.setHeaderRows(1);
		BriefContext.Shown<Checked> shown = context.shown(checked(context), MAX_CLAIMS);
		for (Checked c : shown.items()) {
			table.addCell(sayCell(context, c));
			table.addCell(holdsCell(context, c));
		}
		if (shown.left() == 0) {
			return List.of(table);
		}
		return List.of(table, context.blocks().note("And " + shown.left()
				+ " more article figures, checked the same way: the analyst workbook (Claims sheet) lists every one."));
	}

	private PdfPCell sayCell(BriefContext context, Checked c) {
		String copied = CopiedFigure.sentence(c.claim(), c.articles(), c.verdicts());
		Paragraph p = new Paragraph(10.5f, ArticleSaysSentence.sentence(c.claim()) + " " + (copied.isEmpty() ? "" : copied + " ")
				+ c.reason(), context.fonts().body());
		PdfPCell cell = cell();
		cell.addElement(p);
		String from = c.copies().stream().map(o -> o.source() == null ? null : o.source().title()).filter(t -> t != null)
				.distinct().collect(Collectors.joining("; "));
		if (!from.isEmpty()) {
			cell.addElement(new Paragraph(8.5f, "— " + from, context.fonts().smallItalic()));
		}
		return cell;
	}

	private PdfPCell holdsCell(BriefContext context, Checked checked) {
		PdfPCell cell = cell();
		holding.of(context.facts(), checked.claim(), checked.verdicts()).ifPresent(h -> {
			cell.addElement(new Paragraph(10.5f, h.value(), context.fonts().bodyBold()));
			// A national figure says so in a state edition; a state's names its state.
			cell.addElement(new Paragraph(8.5f, h.national() ? context.national(h.label()) : h.label(),
					context.fonts().small()));
		});
		return cell;
	}

	/**
	 * Article (and other non-official) figure claims that carry a verdict (every verdict has words), corrections first;
	 * the same figure from articles of one source family (copies of one another) once, with all its claims.
	 */
	List<Checked> checked(BriefContext context) {
		OccupationReport report = context.facts().report();
		ReportWording wording = ReportWording.of(report);
		Map<String, List<Verdict>> verdicts = report.verdicts().stream().collect(Collectors.groupingBy(Verdict::claimId));
		Map<String, String> families = new HashMap<>();
		report.dependences().forEach(d -> {
			families.put(d.sourceId(), d.familyId());
			families.put(d.copiesFrom(), d.familyId());
		});
		Map<List<Object>, List<Claim>> copies = new LinkedHashMap<>();
		report.claims().stream()
				.filter(c -> c.figure() && c.metric() != Metric.DURATION && c.metric() != Metric.HOURS)
				.filter(c -> c.source() == null || c.source().kind() == SourceKind.ARTICLE || c.source().kind() == SourceKind.OTHER)
				.filter(c -> verdicts.containsKey(c.claimId()))
				.forEach(c -> copies.computeIfAbsent(sameFigure(c, families), k -> new ArrayList<>()).add(c));
		return copies.values().stream()
				.map(list -> new Checked(list.get(0), verdicts.get(list.get(0).claimId()), list, wording))
				.sorted(Comparator.comparing(Checked::holds))
				.toList();
	}

	/** Claims are one figure when they state the same value the same way and come from one source family. */
	private static List<Object> sameFigure(Claim c, Map<String, String> families) {
		String source = c.source() == null ? c.documentId() : c.source().sourceId();
		String family = families.get(source);
		return family == null ? List.of(c.claimId())
				: Arrays.asList(family, c.metric(), c.statistic(), c.percentile(), c.unit(), c.place(),
						c.valueLow() == null ? null : c.valueLow().stripTrailingZeros(),
						c.valueHigh() == null ? null : c.valueHigh().stripTrailingZeros(),
						c.period() == null ? null : c.period().label());
	}

	private static void header(PdfPTable table, BriefContext context, String text) {
		PdfPCell cell = new PdfPCell(new Phrase(text, context.fonts().small()));
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(BriefFonts.RULE);
		table.addCell(cell);
	}

	private static PdfPCell cell() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(BriefFonts.LIGHT);
		cell.setPaddingTop(0);
		cell.setPaddingBottom(3f);
		return cell;
	}

	/**
	 * A claim with its verdicts, and every claim of the same figure from its source family (itself first).
	 */
	record Checked(Claim claim, List<Verdict> verdicts, List<Claim> copies, ReportWording wording) {

		/** How many different articles state the figure. */
		int articles() {
			return (int) copies.stream().map(c -> c.source() == null ? c.documentId() : c.source().sourceId()).distinct().count();
		}

		/**
		 * The first verdict's reason: later verdicts on the same claim restate it from another angle, and
		 * the brief has room for one explanation. For an article's claim only the finding is shown, since the
		 * brief words the claim itself ({@link ArticleSaysSentence}); another source's verdict keeps its
		 * statement, which names the publisher. An article that contradicts itself is judged by its own words,
		 * not from another angle, so that finding follows the first.
		 */
		String reason() {
			boolean article = claim.source() == null || claim.source().kind() == SourceKind.ARTICLE;
			String first = "";
			for (Verdict v : verdicts) {
				String text = (article ? wording.finding(v) : wording.reason(v)).trim();
				if (!text.isBlank() && v.kind() != VerdictKind.CONTRADICTS_ITSELF) {
					first = text;
					break;
				}
			}
			String contradiction = verdicts.stream().filter(v -> v.kind() == VerdictKind.CONTRADICTS_ITSELF)
				.map(v -> wording.finding(v).trim()).filter(t -> !t.isBlank()).findFirst().orElse("");
			return (first + " " + contradiction).trim();
		}

		/** True when every verdict says the claim stands, so it sorts after the ones to correct. */
		boolean holds() {
			return verdicts.stream().allMatch(v -> v.kind() == VerdictKind.MATCHES || v.kind() == VerdictKind.ROUNDED);
		}
	}

}
