package com.careerbrief.report.pdf;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Figure;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.SourceRef;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Sources and citation: every table and article the brief draws on, a citation line, and O*NET's CC BY 4.0 credit. */
final class SourcesSection implements BriefSection {

	/** Articles named when the brief had to be shortened to fit two pages (fewer at each further try). */
	static final int MAX_ARTICLES_SHORTENED = 8;

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

	@Override
	public String title() {
		return "Sources and citation";
	}

	@Override
	public boolean hasContent(BriefContext context) {
		return true;
	}

	@Override
	public List<Element> body(BriefContext context) {
		Blocks blocks = context.blocks();
		OccupationReport report = context.facts().report();
		List<String> lines = new ArrayList<>();
		for (List<SourceRef> series : tableSeries(report)) {
			lines.add("• " + describe(series));
		}
		// Every article is named while the brief fits; a brief laid out again to fit names fewer and says how many more.
		BriefContext.Shown<DocumentInfo> articles = context.shown(report.documents(),
				context.shortening() == 0 ? Integer.MAX_VALUE : MAX_ARTICLES_SHORTENED);
		ArticleSource articleSource = new ArticleSource(report);
		for (DocumentInfo d : articles.items()) {
			lines.add("• Article: " + articleSource.describe(d));
		}
		if (articles.left() > 0) {
			lines.add("• And " + articles.left() + " more articles, listed with their claims in the analyst "
					+ "workbook (Sources sheet).");
		}
		lines.add("Suggested citation: CareerBrief, “" + report.occupation().title() + " ("
				+ report.occupation().socCode() + "),” counselor brief generated " + DATE.format(context.options().generatedOn())
				+ ", from the sources listed.");
		onetSource(report).ifPresent(s -> lines.add("This brief includes information from the "
				+ (s.title() == null ? "O*NET database" : s.title())
				+ " by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the "
				+ "CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. CareerBrief has modified some of this "
				+ "information; USDOL/ETA has not approved, endorsed, or tested these modifications."));
		List<Element> elements = new ArrayList<>();
		elements.add(twoColumns(blocks, lines));
		return elements;
	}

	/** The source list, citation and credit in two balanced columns: the longest run of small print in the brief. */
	private static PdfPTable twoColumns(Blocks blocks, List<String> lines) {
		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setSplitLate(false);
		int half = balancedSplit(lines);
		for (List<String> column : List.of(lines.subList(0, half), lines.subList(half, lines.size()))) {
			PdfPCell cell = new PdfPCell();
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPadding(0);
			cell.setPaddingRight(6f);
			column.forEach(line -> cell.addElement(blocks.note(line)));
			table.addCell(cell);
		}
		return table;
	}

	/** Where to break the list so both columns hold about as much text (lines are of very different lengths). */
	static int balancedSplit(List<String> lines) {
		int total = lines.stream().mapToInt(String::length).sum();
		int sum = 0;
		for (int i = 0; i < lines.size(); i++) {
			sum += lines.get(i).length();
			if (2 * sum >= total) {
				// The line that crosses the middle goes where it leaves the columns closer.
				return 2 * sum - total > total - 2 * (sum - lines.get(i).length()) ? Math.max(1, i) : i + 1;
			}
		}
		return lines.size();
	}

	/** Official and agency sources, one per source id, official first. */
	static List<SourceRef> tableSources(OccupationReport report) {
		Map<String, SourceRef> byId = new LinkedHashMap<>();
		Stream.concat(report.figures().stream().map(Figure::source), report.texts().stream().map(OccupationText::source))
				.filter(s -> s != null && s.sourceId() != null)
				.sorted(Comparator.comparing(SourceRef::kind).thenComparing(SourceRef::sourceId))
				.forEach(s -> byId.putIfAbsent(s.sourceId(), s));
		return List.copyOf(byId.values());
	}

	/** Sources that differ only by vintage (OEWS May 2013 … May 2024) form one series, printed on one line. */
	static List<List<SourceRef>> tableSeries(OccupationReport report) {
		Map<String, List<SourceRef>> series = new LinkedHashMap<>();
		for (SourceRef s : tableSources(report)) {
			series.computeIfAbsent(s.publisher() + "|" + seriesTitle(s) + "|" + s.url(), k -> new ArrayList<>()).add(s);
		}
		return List.copyOf(series.values());
	}

	static String describe(List<SourceRef> series) {
		SourceRef s = series.get(0);
		StringBuilder text = new StringBuilder(s.publisher() == null ? s.sourceId() : s.publisher());
		List<String> vintages = series.stream().map(SourceRef::published).filter(p -> p != null).distinct().toList();
		if (s.title() != null) {
			// The vintages follow in brackets, so the title does not say them too: "Washington, 2022 (2022)".
			String bare = series.size() > 1 ? seriesTitle(s) : withoutVintage(s);
			text.append(", ").append(vintages.isEmpty() || bare.isEmpty() ? s.title() : bare);
		}
		if (!vintages.isEmpty()) {
			text.append(" (").append(String.join(", ", vintages)).append(')');
		}
		text.append('.');
		if (s.url() != null) {
			text.append(' ').append(s.url());
		}
		return text.toString();
	}

	/**
	 * The title without its vintage: "Employment Projections 2016–26" and "… 2024–34", or OEWS "May 2013"
	 * and "May 2024", are one series whose vintages are listed once.
	 */
	static String seriesTitle(SourceRef s) {
		if (s.title() == null) {
			return null;
		}
		String title = s.published() == null ? s.title() : s.title().replace(s.published(), "");
		return title.replaceAll("\\b(19|20)\\d\\d(\\s*[–-]\\s*\\d{2,4})?", "").replaceAll("\\(\\s*\\)", "")
				.replaceAll("\\s+,", ",").replaceAll("[,\\s]+$", "").replaceAll("\\s{2,}", " ").trim();
	}

	/** The title without the one vintage it repeats: "…, Washington, 2022" of 2022; "SOC 2010 to 2018 crosswalk" stays. */
	private static String withoutVintage(SourceRef s) {
		if (s.published() == null || !s.title().contains(s.published())) {
			return s.title();
		}
		return s.title().replace(s.published(), "").replaceAll("\\(\\s*\\)", "").replaceAll("\\s+,", ",")
				.replaceAll("[,\\s]+$", "").replaceAll("\\s{2,}", " ").trim();
	}

	private static java.util.Optional<SourceRef> onetSource(OccupationReport report) {
		return report.texts().stream().map(OccupationText::source).filter(s -> s != null)
				.filter(s -> (s.publisher() + " " + s.title() + " " + s.sourceId()).toLowerCase(Locale.ROOT).contains("o*net")
						|| String.valueOf(s.sourceId()).toLowerCase(Locale.ROOT).startsWith("onet"))
				.findFirst();
	}
}
