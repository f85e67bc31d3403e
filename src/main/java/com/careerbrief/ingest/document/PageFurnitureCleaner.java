package com.careerbrief.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture scraped along with an article (menus, image file names, tables of
 * contents, related-article lists, bylines, stray datelines) and records what it removed.
 */
public class PageFurnitureCleaner {

	private static final Pattern FIGURE = Pattern.compile("\\$\\s?\\d|\\d\\s?%|\\b\\d{1,3},\\d{3}\\b");

	private static final Pattern MENU = Pattern.compile("(?i)^\\s*(?:[≡☰]\\s*.*|(?:main menu|menu|navigation|toggle navigation"
			+ "|skip to (?:main )?content|search|home|share|tweet|pin it|print|subscribe|sign in|log in|close"
			+ "|cookie settings)|home\\s*[>»/›].*)\\s*$");

	private static final Pattern IMAGE = Pattern.compile("(?i)^\\s*\\S+\\.(?:webp|png|jpe?g|gif|svg|avif|bmp)(?:\\?\\S*)?\\s*$"
			+ "|^.{0,200}\\bthumbnail\\s*$");

	private static final Pattern TOC = Pattern.compile("(?i)^\\s*(?:table of contents|contents|in this article|on this page"
			+ "|jump to)\\s*:?\\s*$");

	private static final Pattern RELATED = Pattern.compile("(?i)^\\s*(?:related (?:articles|posts|reading|content|stories)"
			+ "|you (?:may|might) also like|read (?:more|next)|more (?:articles|stories|from .{1,40})"
			+ "|recommended(?: for you| reading| articles)?|popular (?:posts|articles)|trending(?: now)?)\\s*:?\\s*$");

	static final Pattern DATE = Pattern.compile("(?i)\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
			+ "\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+"
			+ "(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b");

	private static final Pattern DATELINE = Pattern.compile("(?i)^\\s*(?:[A-Za-z]+\\s+){0,4}" + DATE.pattern() + "\\s*$");

	/** Cleans raw article text (lines separated by \n). */
	public CleanedText clean(String raw) {
		List<String> lines = List.of(raw.split("\n", -1));
		List<String> kept = new ArrayList<>();
		List<String> dropped = new ArrayList<>();
		List<String> header = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		boolean inHeader = true;
		boolean titleSeen = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String t = line.strip();
			if (t.isEmpty()) {
				kept.add("");
				continue;
			}
			if (MENU.matcher(t).matches()) {
				dropped.add("menu: " + t);
			}
			else if (IMAGE.matcher(t).matches()) {
				dropped.add("image: " + t);
			}
			else if (TOC.matcher(t).matches()) {
				dropped.add("table of contents: " + t);
				i = skipTocEntries(lines, i, dropped);
			}
			else if (RELATED.matcher(t).matches()) {
				dropped.add("related articles: " + t);
				i = skipRelated(lines, i, dropped);
			}
			else if (DATELINE.matcher(t).matches()) {
				(inHeader ? dates : dropped).add(inHeader ? t : "dateline of another item: " + t);
				if (inHeader) {
					dropped.add("dateline: " + t);
				}
			}
			else if (inHeader && titleSeen && isByline(t)) {
				header.add(t);
				dropped.add("byline: " + t);
			}
			else {
				inHeader = inHeader && !isProse(t);
				titleSeen = true;
				kept.add(line);
			}
		}
		String text = String.join("\n", kept).replaceAll("\\n[ \\t]*(?:\\n[ \\t]*){2,}", "\n\n").strip() + "\n";
		return new CleanedText(text, dropped, header, dates);
	}

	/** A short header line; one stating a figure ("2021 Median Pay $37,380 per year") is a fact box, not a byline. */
	private static boolean isByline(String t) {
		return t.length() < 70 && !t.matches(".*[.?!:]$") && !FIGURE.matcher(t).find();
	}

	private static boolean isProse(String t) {
		return t.length() >= 40 && t.matches(".*[.?!]$");
	}

	private static int skipTocEntries(List<String> lines, int i, List<String> dropped) {
		int j = i + 1;
		while (j < lines.size()) {
			String t = norm(lines.get(j));
			if (!t.isEmpty()) {
				if (!isRepeatedLater(lines, j, t)) {
					break;
				}
				dropped.add("table of contents: " + lines.get(j).strip());
			}
			j++;
		}
		return j - 1;
	}

	private static boolean isRepeatedLater(List<String> lines, int j, String t) {
		for (int k = j + 1; k < lines.size(); k++) {
			if (norm(lines.get(k)).equals(t)) {
				return true;
			}
		}
		return false;
	}

	private static int skipRelated(List<String> lines, int i, List<String> dropped) {
		int j = i + 1;
		while (j < lines.size() && (lines.get(j).isBlank() || !isProse(lines.get(j).strip()) || lines.get(j).length() < 150)) {
			if (!lines.get(j).isBlank()) {
				dropped.add("related articles: " + lines.get(j).strip());
			}
			j++;
		}
		return j - 1;
	}

	private static String norm(String line) {
		return line.strip().replaceFirst("^(?:[•\\-*·▪]|\\d+[.)])\\s*", "").toLowerCase();
	}
}
