package com.careerbrief.report.pdf;

import java.util.Objects;

import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.SourceRef;

/** Describes an article for the source list: title, author, publisher, date (saying when it was inferred) and address. */
final class ArticleSource {

	private final OccupationReport report;

	ArticleSource(OccupationReport report) {
		this.report = report;
	}

	String describe(DocumentInfo d) {
		SourceRef ref = sourceOf(d);
		StringBuilder text = new StringBuilder("“" + d.title() + "”");
		if (d.author() != null) {
			text.append(", by ").append(d.author());
		}
		// An article's source names its author as the publisher when nothing else is known: say it once.
		if (ref != null && ref.publisher() != null && !ref.publisher().equals(d.author())) {
			text.append(", ").append(ref.publisher());
		}
		if (d.date() == null) {
			text.append(", undated");
		}
		else if (d.dateInferred()) {
			text.append(", undated (about ").append(d.date().getYear()).append(", inferred from its text)");
		}
		else {
			text.append(", ").append(SourcesSection.DATE.format(d.date()));
		}
		text.append('.');
		if (ref != null && ref.url() != null) {
			text.append(' ').append(ref.url());
		}
		else {
			text.append(" File: ").append(d.file());
		}
		return text.toString();
	}

	/** Articles carry no address of their own; their claims' source does. */
	private SourceRef sourceOf(DocumentInfo d) {
		return report.claims().stream().filter(c -> Objects.equals(c.documentId(), d.documentId()))
				.map(Claim::source).filter(Objects::nonNull).findFirst().orElse(null);
	}
}
