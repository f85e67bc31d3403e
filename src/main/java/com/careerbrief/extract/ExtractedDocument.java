package com.careerbrief.extract;

import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;

/**
 * A document after extraction: its metadata and every claim read out of it.
 *
 * @param info title, date, subject occupation, dropped furniture
 * @param claims figure and fact claims, each with its quotes
 */
public record ExtractedDocument(DocumentInfo info, List<Claim> claims) {
}
