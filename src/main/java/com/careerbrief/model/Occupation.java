package com.careerbrief.model;

/**
 * An occupation the run reports on, keyed by SOC 2018 code (or hybrid code).
 *
 * @param socCode e.g. "29-2072"
 * @param title e.g. "Medical Records Specialists"
 * @param description O*NET description, or null
 * @param jobZone O*NET job zone 1–5, or 0 when unknown
 * @param entryEducation typical entry-level education (BLS EP), or null
 */
public record Occupation(String socCode, String title, String description, int jobZone, String entryEducation) {
}
