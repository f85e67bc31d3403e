package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Metric;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;

/** How to become one: the entry education, the education path and how long it takes, certifications and accreditation. */
final class HowToBecomeSection implements BriefSection {

	@Override
	public String title() {
		return "How to become one";
	}

	@Override
	public boolean hasContent(BriefContext context) {
		return !body(context).isEmpty();
	}

	@Override
	public List<Element> body(BriefContext context) {
		ReportFacts facts = context.facts();
		Blocks blocks = context.blocks();
		List<Element> elements = new ArrayList<>();
		QuickFactsSection.entryEducation(facts)
				.ifPresent(e -> elements.add(blocks.labelled("Typical entry-level education (BLS):", e + ".")));
		List<Phrase> path = new ArrayList<>();
		facts.facts(FactCategory.EDUCATION_STEP, 5).forEach(c -> path.add(blocks.boldLead(c.text(), c.detail())));
		facts.facts(FactCategory.DEGREE, 4).forEach(c -> path.add(blocks.boldLead(c.text(), c.detail())));
		facts.figureClaims(Metric.DURATION, 4).forEach(c -> path.add(blocks.boldLead("How long:", withValue(c))));
		if (!path.isEmpty()) {
			elements.add(blocks.bullets(path));
		}
		addCertifications(context, elements);
		List<String> accreditation = facts.facts(FactCategory.ACCREDITATION, 2).stream().map(HowToBecomeSection::line).toList();
		if (!accreditation.isEmpty()) {
			elements.add(blocks.labelled("Accreditation:", String.join("; ", accreditation) + "."));
		}
		return elements;
	}

	private static void addCertifications(BriefContext context, List<Element> elements) {
		Blocks blocks = context.blocks();
		List<Phrase> certs = new ArrayList<>();
		context.facts().facts(FactCategory.CERTIFICATION, 6).forEach(c -> certs.add(blocks.boldLead(c.text(), c.detail())));
		// Continuing-education hours tell a reader how a certification is kept.
		context.facts().figureClaims(Metric.HOURS, 2).forEach(c -> certs.add(blocks.boldLead("To keep it:", withValue(c))));
		if (!certs.isEmpty()) {
			elements.add(blocks.labelled("Certifications", ""));
			elements.add(blocks.bullets(certs));
		}
	}

	private static String line(Claim c) {
		return c.detail() == null || c.detail().isBlank() ? c.text() : c.text() + " (" + c.detail() + ")";
	}

	/** The claim's summary, with its number added when the summary does not already state it. */
	static String withValue(Claim c) {
		if (c.valueLow() == null) {
			return c.text();
		}
		String value = Amounts.plain(c.valueLow()) + (c.isRange() ? "–" + Amounts.plain(c.valueHigh()) : "");
		String unit = c.unit() == null ? "" : " " + c.unit().name().toLowerCase(java.util.Locale.ROOT);
		return c.text().contains(Amounts.plain(c.valueLow())) ? c.text() : c.text() + " (" + value + unit + ")";
	}
}
