package com.careerbrief.ingest.document;

import java.util.List;

/**
 * Article text with page furniture removed; offsets of quotes index into {@code text}.
 *
 * @param text the cleaned text the extractor reads and the workbook quotes
 * @param dropped what was removed and why ("menu: ≡ Menu")
 * @param header byline lines removed from the top (author, author's job), kept to read the author
 * @param statedDates date lines found in the header, as written
 */
public record CleanedText(String text, List<String> dropped, List<String> header, List<String> statedDates) {
}
