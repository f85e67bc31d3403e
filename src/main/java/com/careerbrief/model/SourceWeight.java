package com.careerbrief.model;

/**
 * One line of the source ledger.
 *
 * @param sourceId source
 * @param kind official, agency, article or other
 * @param title title or file
 * @param claims claims made
 * @param checked claims that could be checked against official data
 * @param matched claims that matched official data
 * @param weight estimated reliability, 0..1
 */
public record SourceWeight(String sourceId, SourceKind kind, String title, long claims, long checked, long matched,
		double weight) {
}
