package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.FactCategory;

/**
 * Reads skills, work settings, duties, career steps and coursework from list items, deciding the
 * kind of each list from the words of its heading and of the line that introduces it.
 */
final class ListFactExtractor {

	private static final Pattern INTERN = Pattern.compile("intern");

	/** "Name: what it is", with a name of up to 120 characters and no sentence end in it. */
	private static final Pattern NAMED_ITEM = Pattern.compile("^([^:.!?]{2,120}):\\s+\\S");

	private static final Pattern SKILL = Pattern.compile("\\bskills?\\b|\\bqualit(?:y|ies)\\b|competenc|\\babilit(?:y|ies)\\b|\\btraits\\b");

	private static final Pattern CREDENTIAL = Pattern.compile("certif|credential");

	private static final Pattern SETTING = Pattern.compile("where .*work|work(?:ing)? (?:setting|environment|place)"
			+ "|workplace|employers|settings|industries");

	private static final Pattern DUTY = Pattern.compile("dut(?:y|ies)|responsibilit|\\btasks\\b|\\bwhat does .* do\\b"
			+ "|day-to-day|job description");

	private static final Pattern CAREER = Pattern.compile("career (?:progression|path|ladder|stages)|progression");

	private static final Pattern COURSEWORK = Pattern.compile("subjects|coursework|courses|curriculum");

	private static final Pattern WORK_IN = Pattern.compile("(?i)\\b(most|many|some)?\\b[^.]*?\\b(?:work|works|working|are "
			+ "employed|employed)\\s+(?:in|at|for)\\s+([a-z][a-z ,'’-]+?)(?=[.;]|$| to | where )");

	List<ClaimDraft> extract(Sentence s, ExtractionContext ctx) {
		FactCategory category = category(s);
		if (category == null) {
			return List.of();
		}
		if (!s.listItem()) {
			return category == FactCategory.WORK_SETTING ? settingsInProse(s) : List.of();
		}
		if (!isFirstOfItem(s, ctx)) {
			return List.of();
		}
		return List.of(ClaimDraft.fact(category, item(s), null, s.quote()));
	}

	/**
	 * The item's name: its label, or the words before a colon that a label's length limit left out ("Nonprofit
	 * health organizations and corporate healthcare providers: Opportunities here…"), or the whole sentence.
	 */
	private static String item(Sentence s) {
		if (s.label() != null) {
			return s.label();
		}
		Matcher named = NAMED_ITEM.matcher(s.text());
		return named.find() ? named.group(1).strip() : s.text().replaceAll("[.:;]$", "");
	}

	/** Which kind of fact a sentence's list holds; the intro line is more specific than the heading. */
	static FactCategory category(Sentence s) {
		String intro = DocumentLayout.lower(s.listIntro());
		String heading = DocumentLayout.lower(s.section());
		if (INTERN.matcher(intro + " " + heading).find()) {
			return s.listItem() ? FactCategory.INTERNSHIP : null;
		}
		if (CREDENTIAL.matcher(intro).find()) {
			return null; // credential lists are read by CredentialFactExtractor
		}
		FactCategory fromIntro = categoryOf(intro);
		if (fromIntro != null) {
			return fromIntro;
		}
		return CREDENTIAL.matcher(heading).find() && s.listItem() ? null : categoryOf(heading);
	}

	private static FactCategory categoryOf(String words) {
		if (words.isEmpty()) {
			return null;
		}
		if (SKILL.matcher(words).find()) {
			return FactCategory.SKILL;
		}
		if (SETTING.matcher(words).find()) {
			return FactCategory.WORK_SETTING;
		}
		if (DUTY.matcher(words).find()) {
			return FactCategory.DUTY;
		}
		if (CAREER.matcher(words).find()) {
			return FactCategory.CAREER_STEP;
		}
		return COURSEWORK.matcher(words).find() ? FactCategory.COURSEWORK : null;
	}

	private static List<ClaimDraft> settingsInProse(Sentence s) {
		List<ClaimDraft> drafts = new ArrayList<>();
		Matcher m = WORK_IN.matcher(s.text());
		if (m.find()) {
			String share = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
			for (String place : m.group(2).split("\\s*(?:,|\\bor\\b|\\band\\b)\\s*")) {
				if (!place.isBlank()) {
					drafts.add(ClaimDraft.fact(FactCategory.WORK_SETTING, place.trim(),
							share == null ? null : share + " work here", s.quote()));
				}
			}
		}
		return drafts;
	}

	private static boolean isFirstOfItem(Sentence s, ExtractionContext ctx) {
		return ctx.layout().blocks().get(s.block()).sentences().get(0).start() == s.start();
	}
}
