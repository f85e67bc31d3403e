package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;

/** The top of the brief: the occupation's title, SOC code, the data date and the other titles people use. */
final class HeaderSection {

	static final int MAX_OFFICIAL_TITLES = 6;

	/** Titles shown in all, O*NET's first; the rest are counted. */
	static final int MAX_TITLES = 10;

	private final BriefLayout layout;

	HeaderSection(BriefLayout layout) {
		this.layout = layout;
	}

	List<Element> elements(BriefContext context) {
		Occupation occupation = context.facts().report().occupation();
		BriefFonts fonts = context.fonts();
		List<Element> elements = new ArrayList<>();
		String title = BriefComposer.title(occupation, context.options());
		elements.add(new Paragraph(19f, layout.anchored(new Chunk(title, fonts.title()), title)));
		Paragraph line = new Paragraph(11f, "", fonts.body());
		line.add(new Chunk("SOC " + occupation.socCode(), fonts.bodyBold()));
		dataDate(context).ifPresent(d -> line.add(new Chunk("   ·   Data: " + d, fonts.body())));
		line.add(new Chunk("   ·   Counselor brief", fonts.small()));
		elements.add(line);
		List<String> others = otherTitles(context, context.cap(MAX_OFFICIAL_TITLES));
		if (!others.isEmpty()) {
			BriefContext.Shown<String> shown = context.shown(others, MAX_TITLES);
			// O*NET's titles past the first few count too: "and 115 more", as every shortened list says.
			int left = shown.left() + otherTitles(context, Integer.MAX_VALUE).size() - others.size();
			elements.add(context.blocks().labelled("Also called:", String.join("; ", shown.items())
					+ new BriefContext.Shown<>(shown.items(), left).andMore()));
		}
		return elements;
	}

	/** The reference period of the pay shown, e.g. "May 2024". */
	static java.util.Optional<String> dataDate(BriefContext context) {
		ReportFacts facts = context.facts();
		return facts.payUnit().flatMap(unit -> facts.nationalWage(Statistic.MEDIAN, unit)).map(s -> s.period().label());
	}

	/** An acronym in brackets at the end of a title, as in "Certified Professional Coder (CPC)". */
	private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z0-9-]{1,9})\\)\\s*$");

	/** The first {@code officialTitles} O*NET alternate titles, then the titles articles used, without repeats or the title itself. */
	static List<String> otherTitles(BriefContext context, int officialTitles) {
		ReportFacts facts = context.facts();
		Set<String> seen = new LinkedHashSet<>();
		seen.add(key(facts.report().occupation().title()));
		List<String> titles = new ArrayList<>();
		for (String t : facts.texts(OccupationText.Kind.ALTERNATE_TITLE, officialTitles)) {
			if (seen.add(key(t))) {
				titles.add(t);
				// "Certified Professional Coder (CPC)" already says "CPC": O*NET lists both.
				Matcher acronym = TRAILING_ACRONYM.matcher(t);
				if (acronym.find()) {
					seen.add(key(acronym.group(1)));
				}
			}
		}
		for (Claim c : facts.report().claims()) {
			String worded = c.occupationAsWorded();
			if (worded != null && !worded.isBlank() && seen.add(key(worded))) {
				titles.add(worded.trim());
			}
		}
		return titles;
	}

	private static String key(String title) {
		String k = title.trim().toLowerCase(Locale.ROOT);
		return k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
	}
}
