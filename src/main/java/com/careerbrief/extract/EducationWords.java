package com.careerbrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.FactCategory;

/** Finds education steps (diploma, postsecondary certificate) and degree levels named in a sentence. */
final class EducationWords {

	private static final Pattern EDUCATION = Pattern.compile("(?i)\\b((?:associate|bachelor|master)(?:'s|’s)? of (?:applied )?"
			+ "(?:science|arts|business administration)(?: degree)?(?: in (?-i:[A-Z]{2,5}|[A-Z][a-z]+(?: [A-Z][a-z]+)*))?|high school diploma|GED|postsecondary (?:certificate"
			+ "|nondegree award)|associate(?:'s|’s)? degree|bachelor(?:'s|’s)? degree|master(?:'s|’s)? degree"
			+ "|doctoral degree|doctorate)\\b");

	private EducationWords() {
	}

	static boolean mentions(String text) {
		return EDUCATION.matcher(text).find();
	}

	static List<ClaimDraft> find(Sentence s) {
		List<ClaimDraft> drafts = new ArrayList<>();
		Matcher m = EDUCATION.matcher(s.text());
		while (m.find()) {
			String name = m.group(1).toLowerCase(Locale.ROOT).replace('’', '\'').replace("associate's", "associate");
			name = name.equals("ged") ? "GED" : name.replaceAll(" in (\\w+)$", " in " + m.group(1).replaceAll(".* in ", ""))
				.replace(" degree in ", " in ");
			FactCategory category = name.contains("degree") || name.matches("(?:associate|bachelor|master|doctor).*") ? FactCategory.DEGREE
					: FactCategory.EDUCATION_STEP;
			drafts.add(ClaimDraft.fact(category, name, null, s.quote()));
		}
		return drafts;
	}
}
