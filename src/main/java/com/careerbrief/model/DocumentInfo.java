package com.careerbrief.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A source document (career article) as ingested.
 *
 * @param documentId stable id: the path relative to the documents folder, extension included
 * @param file the path relative to the documents folder (the same as the id)
 * @param title the article title
 * @param author author if stated, else null
 * @param date stated or inferred date, or null
 * @param dateInferred true when {@code date} was inferred (e.g. from "for 2026" or the newest year mentioned)
 * @param dateEvidence why that date: the quote or rule behind it
 * @param contentHash SHA-256 of the file bytes, hex
 * @param socCode the subject occupation's SOC 2018 code, or null when it could not be resolved
 * @param socEvidence the words that resolved it ("medical records technician" = O*NET alternate title of 29-2072)
 * @param socConfidence 0..1
 * @param dropped page furniture removed before extraction (menus, image names, related-article lists)
 */
public record DocumentInfo(String documentId, String file, String title, String author, LocalDate date,
		boolean dateInferred, String dateEvidence, String contentHash, String socCode, String socEvidence,
		double socConfidence, List<String> dropped) {
}
