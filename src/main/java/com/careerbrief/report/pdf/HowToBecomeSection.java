package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Metric;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;

/**
 * How to become one: the entry education, the education path and how long it takes, certifications and
 * accreditation. Items without a detail share one line, so a long list of credentials stays short.
 */
final class HowToBecomeSection implements BriefSection {

	static final int MAX_STEPS = 5;
	static final int MAX_CERTIFICATIONS = 6;

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
		List<Claim> path = new ArrayList<>(facts.facts(FactCategory.EDUCATION_STEP, MAX_STEPS));
		path.addAll(facts.facts(FactCategory.DEGREE, MAX_STEPS));
		addList(context, elements, "Education and training:", path, MAX_STEPS);
		addList(context, elements, "Coursework:", facts.facts(FactCategory.COURSEWORK, Integer.MAX_VALUE), MAX_STEPS);
		addList(context, elements, "Internships:", facts.facts(FactCategory.INTERNSHIP, Integer.MAX_VALUE), MAX_STEPS);
		List<String> durations = facts.figureClaims(Metric.DURATION, 4).stream().map(HowToBecomeSection::withValue).toList();
		if (!durations.isEmpty()) {
			elements.add(blocks.labelled("How long:", String.join("; ", durations) + "."));
		}
		addCertifications(context, elements);
		List<String> accreditation = facts.facts(FactCategory.ACCREDITATION, 2).stream().map(HowToBecomeSection::line).toList();
		if (!accreditation.isEmpty()) {
			elements.add(blocks.labelled("Accreditation:", String.join("; ", accreditation) + "."));
		}
		return elements;
	}

	private static void addCertifications(BriefContext context, List<Element> elements) {
		List<Claim> certs = context.facts().facts(FactCategory.CERTIFICATION, Integer.MAX_VALUE);
		int before = elements.size();
		addList(context, elements, "Certifications:", certs, MAX_CERTIFICATIONS);
		// Continuing-education hours tell a reader how a certification is kept.
		List<String> keep = context.facts().figureClaims(Metric.HOURS, 2).stream().map(HowToBecomeSection::withValue).toList();
		if (!keep.isEmpty()) {
			if (elements.size() == before) {
				elements.add(context.blocks().labelled("Certifications:", ""));
			}
			elements.add(context.blocks().labelled("To keep it:", String.join("; ", keep) + "."));
		}
	}

	/**
	 * Items with a detail as bold-lead bullets ("RHIT — Registered Health Information Technician…"),
	 * the rest on one line after the label, and "and N more" past {@code max}.
	 */
	private static void addList(BriefContext context, List<Element> elements, String label, List<Claim> items, int fullMax) {
		if (items.isEmpty()) {
			return;
		}
		Blocks blocks = context.blocks();
		BriefContext.Shown<Claim> shown = context.shown(items, fullMax);
		List<String> plain = shown.items().stream().filter(c -> !hasDetail(c)).map(Claim::text).toList();
		elements.add(blocks.labelled(label, plain.isEmpty() ? "" : String.join("; ", plain) + shown.andMore() + "."));
		List<Phrase> detailed = shown.items().stream().filter(HowToBecomeSection::hasDetail)
				.map(c -> blocks.boldLead(c.text(), c.detail())).toList();
		if (!detailed.isEmpty()) {
			elements.add(blocks.bullets(detailed));
		}
		if (plain.isEmpty() && shown.left() > 0) {
			elements.add(blocks.paragraph("And " + shown.left() + " more."));
		}
	}

	private static boolean hasDetail(Claim c) {
		return c.detail() != null && !c.detail().isBlank();
	}

	/**
	 * "ACEN (Accreditation Commission for Education in Nursing)"; an acronym the extractor made from the name's
	 * initials is left out, since the article never wrote it, and the name stands alone.
	 */
	private static String line(Claim c) {
		if (!hasDetail(c)) {
			return c.text();
		}
		return c.acronymMadeUp() ? c.detail().substring(0, c.detail().length() - Claim.MADE_UP_ACRONYM.length())
				: c.text() + " (" + c.detail() + ")";
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
