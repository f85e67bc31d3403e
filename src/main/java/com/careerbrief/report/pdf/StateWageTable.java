package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.SourceKind;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The highest- and lowest-paying of the 50 states and DC (annual mean wage, newest year), plus every figure for the
 * featured state or territory and for any state the articles' pay sentences name, so a counselor in, say, New York
 * sees both the BLS and the state agency figure.
 */
final class StateWageTable {

	static final int EACH_END = 4;

	/**
	 * The heading, which says how many states the rows are drawn from, the table, and the states left unranked
	 * because BLS published only its top-code for them; empty without state figures.
	 */
	Optional<List<Element>> elements(BriefContext context) {
		List<Figure> ranked = ranked(context);
		List<Figure> topCoded = topCoded(context);
		List<String> named = statesNamedInArticles(context);
		List<Figure> rows = rows(context, ranked, named);
		if (rows.isEmpty() && topCoded.isEmpty()) {
			return Optional.empty();
		}
		List<Element> elements = new ArrayList<>();
		elements.add(context.blocks().labelled("Pay by state", counted(ranked, !topCoded.isEmpty())));
		if (!rows.isEmpty()) {
			elements.add(table(context, rows, named));
		}
		unranked(topCoded).ifPresent(s -> elements.add(context.blocks().note(s)));
		return Optional.of(elements);
	}

	private static PdfPTable table(BriefContext context, List<Figure> rows, List<String> named) {
		PdfPTable table = new PdfPTable(new float[] { 3.2f, 2f, 3.2f });
		table.setWidthPercentage(100);
		boolean territory = rows.stream().anyMatch(f -> UsStates.isTerritory(f.area()));
		header(table, context, territory ? "State or territory" : "State", "Mean annual wage", "Source");
		String featured = context.options().featuredState();
		for (Figure f : rows) {
			boolean mark = f.area().equalsIgnoreCase(featured == null ? "" : featured);
			String label = mark ? f.area() + " (featured)"
					: named.contains(f.area()) ? f.area() + " (named in an article)" : f.area();
			cell(table, context, label, mark);
			cell(table, context, Amounts.money(f.value(), f.unit(), f.bound()), mark);
			cell(table, context, source(f), false);
		}
		return table;
	}

	/**
	 * The 50 states and DC with an exact mean of the newest year, highest first. Guam, Puerto Rico and the Virgin
	 * Islands are left out: they are no states, and their far lower pay would always take the lowest places. A
	 * top-coded mean ("≥ $239,200") is left out too: where its state stands among the others is not known.
	 */
	private static List<Figure> ranked(BriefContext context) {
		return states(context).filter(f -> f.bound() != Bound.AT_LEAST)
				.sorted(Comparator.comparing(Figure::value).reversed()).toList();
	}

	/** The states whose newest mean BLS published only as its top-code, in the order of their names. */
	private static List<Figure> topCoded(BriefContext context) {
		return states(context).filter(f -> f.bound() == Bound.AT_LEAST).sorted(Comparator.comparing(Figure::area)).toList();
	}

	private static Stream<Figure> states(BriefContext context) {
		return context.facts().newestStateMeans().stream().filter(f -> !UsStates.isTerritory(f.area()));
	}

	/**
	 * "(highest and lowest of 50 states and DC)", or "(7 states and DC with a figure)" when every one is shown;
	 * "… with an exact figure" when top-coded states were left out.
	 */
	private static String counted(List<Figure> ranked, boolean topCoded) {
		if (ranked.isEmpty()) {
			return "";
		}
		boolean dc = ranked.stream().anyMatch(f -> f.area().equals(UsStates.name("DC")));
		int states = ranked.size() - (dc ? 1 : 0);
		String count = states == 0 ? "DC" : states + (states == 1 ? " state" : " states") + (dc ? " and DC" : "");
		String with = topCoded ? " with an exact figure" : " with a figure";
		return ranked.size() > 2 * EACH_END ? "(highest and lowest of " + count + (topCoded ? with : "") + ")"
				: "(" + count + with + ")";
	}

	/** "Not ranked: Oregon and Wisconsin: BLS publishes no exact mean for them, only that it is at least $239,200 (its top-code)." */
	private static Optional<String> unranked(List<Figure> topCoded) {
		if (topCoded.isEmpty()) {
			return Optional.empty();
		}
		List<String> names = topCoded.stream().map(Figure::area).toList();
		String list = names.size() == 1 ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
		String codes = topCoded.stream().map(f -> Amounts.money(f.value(), f.unit(), Bound.EXACT)).distinct()
				.collect(Collectors.joining(" or "));
		return Optional.of("Not ranked: " + list + ": BLS publishes no exact mean for " + (names.size() == 1 ? "it" : "them")
				+ ", only that it is at least " + codes + " (its top-code).");
	}

	/**
	 * Highest first; when there are many states only the top and bottom few, then the featured state's (or
	 * territory's) figures and those of the states the articles name.
	 */
	private static List<Figure> rows(BriefContext context, List<Figure> ranked, List<String> named) {
		List<Figure> rows = new ArrayList<>(ranked.size() <= 2 * EACH_END ? ranked
				: concat(ranked.subList(0, EACH_END), ranked.subList(ranked.size() - EACH_END, ranked.size())));
		String featured = context.options().featuredState();
		if (featured != null) {
			rows.removeIf(f -> f.area().equalsIgnoreCase(featured));
			rows.addAll(featuredFigures(context, featured));
		}
		for (String state : named) {
			if (rows.stream().noneMatch(f -> f.area().equalsIgnoreCase(state))) {
				rows.addAll(featuredFigures(context, state));
			}
		}
		return rows;
	}

	/**
	 * States the articles' pay sentences name ("the salary in Indiana typically aligns with …"): a
	 * reader of the article will look for them, so their official figures are shown too.
	 */
	private static List<String> statesNamedInArticles(BriefContext context) {
		List<String> states = new ArrayList<>();
		context.facts().report().claims().stream()
			.filter(c -> c.figure() && c.metric() == Metric.WAGE && c.source() != null
					&& c.source().kind() == SourceKind.ARTICLE)
			.flatMap(c -> c.quotes().stream())
			.flatMap(q -> UsStates.namedIn(q.sentence()).stream())
			.filter(state -> !states.contains(state))
			.forEach(states::add);
		return states;
	}

	/** The featured state's newest figure from each source. */
	private static List<Figure> featuredFigures(BriefContext context, String state) {
		Map<String, Figure> bySource = new LinkedHashMap<>();
		context.facts().stateMeans().stream().filter(f -> f.area().equalsIgnoreCase(state))
				.sorted(Comparator.comparingInt(f -> f.period().endYear()))
				.forEach(f -> bySource.put(f.source().sourceId(), f));
		return List.copyOf(bySource.values());
	}

	private static String source(Figure f) {
		String publisher = f.source().publisher() == null ? f.source().sourceId() : f.source().publisher();
		String period = f.period().isUnstated() ? "year not stated" : f.period().label();
		return publisher.replace("U.S. Bureau of Labor Statistics", "BLS") + ", " + period;
	}

	private static List<Figure> concat(List<Figure> a, List<Figure> b) {
		List<Figure> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static void header(PdfPTable table, BriefContext context, String... titles) {
		for (String t : titles) {
			PdfPCell cell = new PdfPCell(new Phrase(t, context.fonts().small()));
			cell.setBorder(Rectangle.BOTTOM);
			cell.setBorderColor(BriefFonts.RULE);
			table.addCell(cell);
		}
	}

	private static void cell(PdfPTable table, BriefContext context, String text, boolean bold) {
		PdfPCell cell = new PdfPCell(new Phrase(text, bold ? context.fonts().bodyBold() : context.fonts().body()));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPaddingTop(0.5f);
		cell.setPaddingBottom(1.5f);
		cell.setHorizontalAlignment(Element.ALIGN_LEFT);
		table.addCell(cell);
	}
}
