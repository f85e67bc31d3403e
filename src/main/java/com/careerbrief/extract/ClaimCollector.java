package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs every extractor over a document's sentences, keeping testimonials out of figures and facts. */
final class ClaimCollector {

	private final WageClaimExtractor wages = new WageClaimExtractor();

	private final EmploymentClaimExtractor employment = new EmploymentClaimExtractor();

	private final DurationClaimExtractor durations = new DurationClaimExtractor();

	private final TableRowFigureExtractor tableRows = new TableRowFigureExtractor();

	private final ListFactExtractor lists = new ListFactExtractor();

	private final KeywordFactExtractor keywords = new KeywordFactExtractor();

	private final TestimonialExtractor testimonials = new TestimonialExtractor();

	List<ClaimDraft> collect(ExtractionContext ctx) {
		List<ClaimDraft> drafts = new ArrayList<>();
		Set<Integer> testimonialBlocks = new HashSet<>();
		for (Block block : ctx.layout().blocks()) {
			testimonials.extract(block).ifPresent(d -> {
				drafts.add(d);
				testimonialBlocks.add(block.index());
			});
		}
		CredentialFactExtractor credentials = new CredentialFactExtractor();
		for (Sentence s : ctx.layout().sentences()) {
			if (testimonialBlocks.contains(s.block())) {
				continue;
			}
			if (TableRowFigureExtractor.isTableRow(s)) {
				drafts.addAll(tableRows.extract(s, ctx));
			}
			else {
				drafts.addAll(wages.extract(s, ctx));
				drafts.addAll(employment.extract(s, ctx));
				drafts.addAll(durations.extract(s, ctx));
			}
			drafts.addAll(credentials.extract(s, ctx));
			drafts.addAll(lists.extract(s, ctx));
			drafts.addAll(keywords.extract(s));
		}
		return drafts;
	}
}
