package com.careerbrief.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.FactCategory;

/**
 * Recognises testimonials ("Grady: “…”") so they are kept as quoted opinions and never read as
 * figures or facts.
 */
final class TestimonialExtractor {

	private static final Pattern SPEAKER = Pattern.compile("^([A-Z][a-z]+(?: [A-Z][a-z]*\\.?)?)\\s*[:—–-]\\s*[\"“]");

	private static final Pattern SIGNED = Pattern.compile("^[\"“].*[\"”]\\s*[—–-]\\s*([A-Z][a-z]+(?: [A-Z][a-z]*\\.?)?)"
			+ "(?:,.*)?$");

	/** A testimonial claim for the block, quoting all of it, or empty when the block is not one. */
	Optional<ClaimDraft> extract(Block block) {
		if (block.heading()) {
			return Optional.empty();
		}
		Matcher speaker = SPEAKER.matcher(block.text());
		Matcher signed = SIGNED.matcher(block.text());
		String name = speaker.find() ? speaker.group(1) : signed.matches() ? signed.group(1) : null;
		return Optional.ofNullable(name)
			.map(n -> ClaimDraft.fact(FactCategory.TESTIMONIAL, n, "opinion, not a figure", block.quote()));
	}
}
