package com.careerbrief.ingest.document;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a career article from a file that reads fine but is none: an error page saved by a crawler,
 * a page in another language, a file with next to no text. Such a file is set aside with the reason
 * instead of yielding claims taken out of context.
 */
public final class ArticleScreen {

	/** Fewer words than this is no article (a title, a cookie notice, an empty template). */
	static final int MIN_WORDS = 40;

	/** Share of words that must be common English function words; English prose runs near 0.4. */
	static final double MIN_ENGLISH_SHARE = 0.12;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern ERROR_PAGE = Pattern.compile(
			"\\b(404|403|410)\\b.{0,40}\\b(not found|forbidden|gone|error)\\b|\\bpage (was )?not found\\b"
					+ "|\\bpage (you|you're|you are) looking for\\b.{0,60}\\b(not|n't|no longer)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "a", "in", "is", "for", "that", "as",
			"with", "are", "on", "or", "be", "by", "an", "this", "it", "at", "from", "you", "your", "can", "their", "they",
			"have", "has", "not", "more", "most", "will", "was", "which", "who", "what", "how", "all", "these", "may");

	private ArticleScreen() {
	}

	/**
	 * Why a document that gave no claim gave none, when it is because it has next to no text.
	 * @throws UnreadableDocumentException (not an article) when the text has fewer than {@link #MIN_WORDS} words
	 */
	public static void checkLength(Path file, String text) throws UnreadableDocumentException {
		Matcher words = WORD.matcher(text);
		int count = 0;
		while (words.find()) {
			count++;
		}
		if (count < MIN_WORDS) {
			throw UnreadableDocumentException.notAnArticle(file,
					"no article text: only " + count + " word" + (count == 1 ? "" : "s"));
		}
	}

	/**
	 * Checked before any claim is taken: an error page, or prose in another language (judged on texts of
	 * at least {@link #MIN_WORDS} words, where the share of English function words is telling).
	 * @param title the document's title, or null
	 * @param text the document's text as read
	 * @throws UnreadableDocumentException (not an article) with the reason a person reads
	 */
	public static void check(Path file, String title, String text) throws UnreadableDocumentException {
		String head = (title == null ? "" : title + "\n") + text.substring(0, Math.min(text.length(), 600));
		Matcher words = WORD.matcher(text);
		int count = 0;
		int english = 0;
		while (words.find()) {
			count++;
			english += ENGLISH.contains(words.group().toLowerCase(Locale.ROOT)) ? 1 : 0;
		}
		Matcher error = ERROR_PAGE.matcher(head);
		if (error.find() && count < 400) {
			throw UnreadableDocumentException.notAnArticle(file,
					"an error page ('" + error.group().strip() + "'), not an article");
		}
		if (count >= MIN_WORDS && english < count * MIN_ENGLISH_SHARE) {
			throw UnreadableDocumentException.notAnArticle(file, String.format(Locale.ROOT,
					"not English: %d of its %d words (%.0f%%) are common English words, where English prose has"
							+ " about 40%%", english, count, 100.0 * english / count));
		}
	}

}
