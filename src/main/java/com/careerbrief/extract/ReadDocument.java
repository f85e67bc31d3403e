package com.careerbrief.extract;

import com.careerbrief.model.DocumentInfo;

/**
 * A document as read: its metadata and the cleaned text every {@code Quote} offset indexes into.
 *
 * @param info title, author, date, subject occupation, dropped furniture
 * @param text the cleaned text; {@code text.substring(q.start(), q.end())} equals {@code q.sentence()}
 */
public record ReadDocument(DocumentInfo info, String text) {
}
