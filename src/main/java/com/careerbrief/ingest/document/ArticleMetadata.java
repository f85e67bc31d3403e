package com.careerbrief.ingest.document;

import java.time.LocalDate;

/**
 * Title, author and date of an article; the date either stated or inferred, with the evidence.
 *
 * @param title the article title
 * @param author the author if stated, else null
 * @param date stated or inferred date, or null
 * @param dateInferred true when the date was inferred
 * @param dateEvidence the words or rule behind the date
 */
public record ArticleMetadata(String title, String author, LocalDate date, boolean dateInferred, String dateEvidence) {
}
