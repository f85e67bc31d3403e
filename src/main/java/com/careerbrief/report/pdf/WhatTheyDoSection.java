package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.OccupationText;
import com.lowagie.text.Element;

/** What the work is: the O*NET description, the top-ranked O*NET tasks, and duties the articles list. */
final class WhatTheyDoSection implements BriefSection {

	static final int MAX_TASKS = 5;
	static final int MAX_DUTIES = 5;

	@Override
	public String title() {
		return "What they do";
	}

	@Override
	public boolean hasContent(BriefContext context) {
		return description(context) != null || !tasks(context).isEmpty() || !duties(context).isEmpty();
	}

	@Override
	public List<Element> body(BriefContext context) {
		Blocks blocks = context.blocks();
		List<Element> elements = new ArrayList<>();
		String description = description(context);
		if (description != null) {
			elements.add(blocks.paragraph(description));
		}
		List<String> tasks = tasks(context);
		if (!tasks.isEmpty()) {
			elements.add(blocks.textBullets(tasks));
		}
		List<String> duties = duties(context);
		if (!duties.isEmpty()) {
			BriefContext.Shown<String> shown = context.shown(duties, MAX_DUTIES);
			elements.add(blocks.labelled("Articles also mention:", String.join("; ", shown.items()) + shown.andMore() + "."));
		}
		return elements;
	}

	private static String description(BriefContext context) {
		List<String> texts = context.facts().texts(OccupationText.Kind.DESCRIPTION, 1);
		String d = texts.isEmpty() ? context.facts().report().occupation().description() : texts.get(0);
		return d == null || d.isBlank() ? null : d;
	}

	private static List<String> tasks(BriefContext context) {
		return context.facts().texts(OccupationText.Kind.TASK, context.cap(MAX_TASKS));
	}

	private static List<String> duties(BriefContext context) {
		return context.facts().facts(FactCategory.DUTY, Integer.MAX_VALUE).stream().map(Claim::text).toList();
	}
}
