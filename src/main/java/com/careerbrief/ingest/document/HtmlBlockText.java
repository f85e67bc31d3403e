package com.careerbrief.ingest.document;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML body into the plain-text layout the extractor reads: one block per line, blank
 * lines between blocks, list items as "  • item", so headings and lists survive.
 */
final class HtmlBlockText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
			"h6", "ul", "ol", "table", "tr", "blockquote", "pre", "main", "body", "br", "dl", "dt", "dd", "figure",
			"figcaption", "td", "th");

	/** Page furniture dropped before reading, with no article content in it. */
	static final List<String> FURNITURE_TAGS = List.of("script", "style", "noscript", "nav", "header", "footer",
			"aside", "form", "iframe", "svg", "img");

	private HtmlBlockText() {
	}

	static String of(Element root) {
		StringBuilder out = new StringBuilder();
		append(root, out);
		return out.toString().replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").trim() + "\n";
	}

	private static void append(Node node, StringBuilder out) {
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
		if (tag.equals("li")) {
			out.append("\n  • ");
		}
		else if (BLOCKS.contains(tag)) {
			out.append("\n\n");
		}
		for (Node child : el.childNodes()) {
			append(child, out);
		}
		if (BLOCKS.contains(tag)) {
			out.append("\n\n");
		}
		else if (tag.equals("li")) {
			out.append("\n");
		}
	}
}
