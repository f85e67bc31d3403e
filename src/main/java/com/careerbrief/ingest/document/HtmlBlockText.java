package com.careerbrief.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML body into the plain-text layout the extractor reads: one block per line, blank
 * lines between blocks, list items as "  • item", table rows as "cell | cell", so headings, lists
 * and tables survive; also records which lines the markup itself marks as headings.
 */
final class HtmlBlockText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
			"h6", "ul", "ol", "blockquote", "pre", "main", "body", "br", "dl", "dt", "dd", "figure", "figcaption",
			"caption");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	/** Page furniture dropped before reading, with no article content in it. */
	static final List<String> FURNITURE_TAGS = List.of("script", "style", "noscript", "nav", "header", "footer",
			"aside", "form", "iframe", "svg", "img");

	/** A bold-only paragraph longer than this is emphasis, not a heading. */
	private static final int MAX_HEADING_WORDS = 16;

	private final StringBuilder out = new StringBuilder();

	private final List<String> headings = new ArrayList<>();

	private HtmlBlockText() {
	}

	/** The text of the element and the headings its markup names. */
	static HtmlBlockText of(Element root) {
		HtmlBlockText rendered = new HtmlBlockText();
		rendered.append(root);
		return rendered;
	}

	String text() {
		return out.toString().replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").trim() + "\n";
	}

	List<String> headings() {
		return List.copyOf(headings);
	}

	private void append(Node node) {
		if (node instanceof TextNode text) {
			String s = text.text().replaceAll("\\s+", " ");
			if (!s.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
				out.append(out.length() == 0 || out.charAt(out.length() - 1) == '\n' ? s.stripLeading() : s);
			}
			return;
		}
		if (!(node instanceof Element el)) {
			return;
		}
		String tag = el.tagName().toLowerCase();
		if (tag.equals("table")) {
			table(el);
			return;
		}
		if (isHeading(el, tag)) {
			headings.add(el.text().strip());
		}
		out.append(tag.equals("li") ? "\n  • " : BLOCKS.contains(tag) ? "\n\n" : "");
		for (Node child : el.childNodes()) {
			append(child);
		}
		out.append(BLOCKS.contains(tag) ? "\n\n" : tag.equals("li") ? "\n" : "");
	}

	/** h1–h6, or a short paragraph whose every word is bold (Word and many CMSs mark subheads so). */
	private static boolean isHeading(Element el, String tag) {
		String text = el.text().strip();
		if (text.isEmpty()) {
			return false;
		}
		if (HEADINGS.contains(tag)) {
			return true;
		}
		if (!tag.equals("p") || text.split("\\s+").length > MAX_HEADING_WORDS) {
			return false;
		}
		String bold = el.select("b, strong").text().strip();
		return bold.equals(text) && !text.matches(".*[.,;]$");
	}

	/** One line per row, cells joined by " | ", so a row reads as one block with its column order kept. */
	private void table(Element table) {
		out.append("\n\n");
		Element caption = table.selectFirst("caption");
		if (caption != null && !caption.text().isBlank()) {
			out.append(caption.text().strip()).append("\n\n");
		}
		for (Element row : table.select("tr")) {
			List<String> cells = row.children().stream().filter(c -> c.tagName().matches("td|th"))
				.map(c -> c.text().replace('|', '/').strip()).toList();
			if (cells.stream().anyMatch(c -> !c.isEmpty())) {
				out.append(String.join(" | ", cells)).append('\n');
			}
		}
		out.append("\n");
	}
}
