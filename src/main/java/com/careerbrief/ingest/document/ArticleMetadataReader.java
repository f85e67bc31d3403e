package com.careerbrief.ingest.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's title, author and date: the date as stated (metadata or dateline), else
 * inferred from the title year ("for 2026"), the newest year the text mentions, or a projection
 * period (published about a year after its base year), always marked as inferred.
 */
public class ArticleMetadataReader {

	private static final Pattern TITLE_YEAR = Pattern.compile("(?i)\\b(?:for|in|of)\\s+((?:19|20)\\d{2})\\b|\\(((?:19|20)\\d{2})\\)");

	private static final Pattern PROJECTION = Pattern.compile("\\b((?:19|20)\\d{2})\\s*(?:to|and|through|-|–)\\s*((?:19|20)\\d{2})\\b");

	private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

	private static final Pattern BY = Pattern.compile("(?i)^by\\s+(.+)$");

	private static final Pattern CREDENTIAL = Pattern.compile("(?i),\\s*(phd|md|rn|mba|msn|edd|cpa|ms|ma|bsn)\\.?$");

	private static final DateTimeFormatter TEXT_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("MMM d[,] yyyy").toFormatter(Locale.ENGLISH);

	/** Reads metadata from a loaded file and its cleaned text. */
	public ArticleMetadata read(LoadedDocument loaded, CleanedText cleaned) {
		String title = title(loaded, cleaned.text());
		String author = author(loaded, cleaned);
		LocalDate stated = stated(loaded, cleaned);
		if (stated != null) {
			return new ArticleMetadata(title, author, stated, false, "stated: "
					+ (loaded.metaDate() != null ? loaded.metaDate() : cleaned.statedDates().get(0)));
		}
		return infer(title, cleaned.text(), author);
	}

	private static String title(LoadedDocument loaded, String text) {
		if (loaded.metaTitle() != null) {
			return loaded.metaTitle().replaceFirst("\\s+[|–-]\\s+[^|–-]+$", "").trim();
		}
		return text.strip().lines().findFirst().orElse("").strip();
	}

	private static String author(LoadedDocument loaded, CleanedText cleaned) {
		String found = loaded.metaAuthor();
		for (String line : cleaned.header()) {
			Matcher by = BY.matcher(line);
			if (found == null && by.matches()) {
				found = by.group(1).trim();
			}
		}
		if (found == null) {
			found = cleaned.header().stream().filter(l -> CREDENTIAL.matcher(l).find()).findFirst().orElse(null);
		}
		return found == null ? null : normaliseCredential(found);
	}

	private static String normaliseCredential(String name) {
		Matcher m = CREDENTIAL.matcher(name);
		if (!m.find()) {
			return name;
		}
		String c = m.group(1).toLowerCase(Locale.ROOT);
		String fixed = switch (c) {
			case "phd" -> "PhD";
			case "edd" -> "EdD";
			default -> c.toUpperCase(Locale.ROOT);
		};
		return name.substring(0, m.start()) + ", " + fixed;
	}

	private static LocalDate stated(LoadedDocument loaded, CleanedText cleaned) {
		if (loaded.metaDate() != null && loaded.metaDate().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
			return LocalDate.parse(loaded.metaDate().substring(0, 10));
		}
		for (String line : cleaned.statedDates()) {
			Matcher m = PageFurnitureCleaner.DATE.matcher(line);
			if (m.find()) {
				String d = m.group().replaceAll("\\s+", " ").replaceAll("(?i)^(\\w{3})\\w*\\.?", "$1");
				try {
					return d.matches("\\d{4}-.*") ? LocalDate.parse(d) : LocalDate.parse(d, TEXT_DATE);
				}
				catch (RuntimeException ex) {
					// an unparseable dateline is not a date; fall through to inference
				}
			}
		}
		return null;
	}

	private static ArticleMetadata infer(String title, String text, String author) {
		Matcher t = TITLE_YEAR.matcher(title);
		int newest = 0;
		int projectionBase = 0;
		String body = title.isEmpty() ? text : text.replace(title, " ");
		Matcher p = PROJECTION.matcher(body);
		while (p.find()) {
			projectionBase = Math.max(projectionBase, Integer.parseInt(p.group(1)));
		}
		Matcher y = YEAR.matcher(PROJECTION.matcher(body).replaceAll(" "));
		while (y.find()) {
			newest = Math.max(newest, Integer.parseInt(y.group(1)));
		}
		if (t.find()) {
			int year = Integer.parseInt(t.group(1) != null ? t.group(1) : t.group(2));
			return new ArticleMetadata(title, author, LocalDate.of(year, 1, 1), true, "inferred: title says \""
					+ t.group().trim() + "\"" + (newest > 0 ? "; newest year in the text " + newest : ""));
		}
		int fromProjection = projectionBase == 0 ? 0 : projectionBase + 1;
		int year = Math.max(newest, fromProjection);
		if (year == 0) {
			return new ArticleMetadata(title, author, null, false, "no date stated and no year in the text");
		}
		String evidence = year == newest ? "inferred: newest year mentioned in the text is " + newest
				: "inferred: projection period from " + projectionBase + " stated; such projections are published about "
						+ "a year after their base year, so c. " + fromProjection;
		return new ArticleMetadata(title, author, LocalDate.of(year, 1, 1), true, evidence);
	}
}
