package com.careerbrief.report.pdf;

import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.lowagie.text.Element;

/** A section that lists the articles' facts of one category: skills, where they work, the career ladder. */
final class FactListSection implements BriefSection {

	private final String title;
	private final FactCategory category;
	private final int max;

	FactListSection(String title, FactCategory category, int max) {
		this.title = title;
		this.category = category;
		this.max = max;
	}

	static FactListSection skills() {
		return new FactListSection("Skills", FactCategory.SKILL, 8);
	}

	static FactListSection workSettings() {
		return new FactListSection("Where they work", FactCategory.WORK_SETTING, 10);
	}

	/** Career steps carry the years of experience in their detail ("3–5 years"). */
	static FactListSection careerLadder() {
		return new FactListSection("Career ladder", FactCategory.CAREER_STEP, 5);
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public boolean keepTogether() {
		return true;
	}

	@Override
	public boolean hasContent(BriefContext context) {
		return !facts(context).isEmpty();
	}

	@Override
	public List<Element> body(BriefContext context) {
		Blocks blocks = context.blocks();
		BriefContext.Shown<Claim> shown = context.shown(facts(context), max);
		List<Claim> facts = shown.items();
		// Short items without detail read fine as one line and keep the brief to two pages.
		if (facts.stream().allMatch(c -> c.detail() == null || c.detail().isBlank())) {
			List<String> texts = facts.stream().map(Claim::text).toList();
			if (texts.stream().anyMatch(FactListSection::isSentence)) {
				// An article's steps written as sentences read as sentences, not as one run-on list.
				String more = shown.left() == 0 ? "" : " And " + shown.left() + " more.";
				return List.of(blocks.paragraph(String.join(". ", texts) + "." + more));
			}
			return List.of(blocks.paragraph(String.join("; ", texts) + shown.andMore() + "."));
		}
		Element bullets = blocks.bullets(facts.stream().map(c -> blocks.boldLead(c.text(), c.detail())).toList());
		return shown.left() == 0 ? List.of(bullets) : List.of(bullets, blocks.paragraph("And " + shown.left() + " more."));
	}

	/** "Start in entry-level roles like …, concentrating on …": a capitalised clause of eight words or more. */
	static boolean isSentence(String text) {
		return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && text.split("\\s+").length >= 8;
	}

	private List<Claim> facts(BriefContext context) {
		return context.facts().facts(category, Integer.MAX_VALUE);
	}
}
