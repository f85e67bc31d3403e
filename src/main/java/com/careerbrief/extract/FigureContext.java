package com.careerbrief.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;

/** Reads the reference period, place and attribution a figure's sentence states. */
final class FigureContext {

	static final String UNITED_STATES = "United States";

	private static final Pattern PROJECTION = Pattern.compile(
			"(?i)(?:from |between )?\\b((?:19|20)\\d{2})\\s*(?:to|and|through|-|–|—)\\s*((?:19|20)\\d{2}|\\d{2})\\b");

	private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(January|February|March|April|May|June|July|August"
			+ "|September|October|November|December)\\s+((?:19|20)\\d{2})\\b");

	private static final Pattern AS_OF = Pattern.compile("(?i)\\bas of ((?:19|20)\\d{2})\\b");

	private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:in|for|during|of)\\s+((?:19|20)\\d{2})\\b");

	/** A fact-box label dated by a leading year: "2021 Median Pay". */
	private static final Pattern YEAR_LABEL = Pattern.compile("(?i)\\b((?:19|20)\\d{2})\\s+(?:median|mean|average)\\s+"
			+ "(?:pay|salary|wage|earnings)");

	/** The end of a ten-year projection stated alone: "7 percent through 2029", "13 percent by 2028". */
	private static final Pattern THROUGH = Pattern.compile("(?i)\\b(?:through|thru|by|until|till|between now and)\\s+(?:the\\s+year\\s+)?"
			+ "((?:19|20)\\d{2})\\b");

	/** A year a projection starts from and one it reaches: "In 2012, … projected to increase by 11.3% in 2022". */
	private static final Pattern BARE_YEAR = Pattern.compile("(?i)\\b(?:in|by)\\s+((?:19|20)\\d{2})\\b");

	/** Words that make a figure the all-occupations benchmark rather than the occupation's own. */
	static final Pattern ALL_OCCUPATIONS = Pattern.compile("(?i)\\ball (?:other )?(?:occupations|jobs|careers|professions)\\b"
			+ "|\\bacross (?:all )?occupations\\b");

	private static final List<String> STATES = List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
			"Colorado", "Connecticut", "Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho",
			"Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
			"Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
			"New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
			"Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
			"Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico", "Guam");

	/**
	 * What "employed in" or "work in" must not be followed by to name an employer: a place or the occupation
	 * itself ("employed in the United States", "work in this field", "work in California").
	 */
	static final String NOT_A_PLACE = "(?!\\s+(?:the\\s+|this\\s+|that\\s+)?(?:career\\s+|same\\s+)?(?:United States|U\\.S\\.|USA|US\\b|America"
			+ "|country|nation|field|occupation|profession|trade|career|job|role|" + String.join("|", STATES) + "))";

	/** Words that put a pay figure on an industry or employer rather than on the occupation as a whole. */
	static final Pattern EMPLOYER = Pattern.compile("(?i:\\bindustr(?:y|ies)\\b|\\bemployed (?:by|in|at)\\b" + NOT_A_PLACE
			+ "|\\bwork(?:s|ed|ing)? (?:at|for)\\b|\\bwork(?:s|ed|ing)? in\\s+(?:[a-z-]+\\s+){0,4}?(?:transportation|manufacturing"
			+ "|services|hospitals|offices|government|companies|firms|agencies|facilities|industry|industries|sector|wholesale"
			+ "|retail|trucking)\\b|\\b(?:federal|government|public[- ]sector|private[- ]sector)\\s+(?:employees|workers)\\b)|\\b(?:hospitals|offices|governments?|companies|carriers|enterprises"
			+ "|contractors|facilities|services)\\b");

	private static final Pattern PLACE = Pattern.compile("\\b(?:(?i:national(?:ly)?|nationwide|across the country)|U\\.S\\."
			+ "|United States|US|" + String.join("|", STATES) + ")(?!\\w)");

	private static final Pattern ATTRIBUTION = Pattern.compile("(?:[Aa]ccording to|[Rr]eported by|[Dd]ata from|"
			+ "(?:[Ss]tudy|[Rr]eport|[Ss]urvey) (?:by|from)|[Pp]er|[Ss]ource:)\\s+(?:the\\s+)?((?:U\\.S\\.\\s+)?[A-Z][\\w&'’-]*"
			+ "(?:\\s+(?:of|for|and|on|[A-Z][\\w&'’-]*))*)|((?:U\\.S\\.\\s+)?[A-Z][\\w&'’-]*(?:\\s+(?:of|for|and|on|[A-Z][\\w&'’-]*))+)"
			+ "\\s+(?:reports|reported|estimates|projects|says|found|notes)\\b");

	private static final Pattern ORG_WORD = Pattern.compile("\\b(?:Bureau|Department|Office|Administration|Association"
			+ "|Institute|Council|Commission|Agency|Centers?|Statistics|Survey|University|Foundation|Society|BLS|O\\*NET)\\b");

	private FigureContext() {
	}

	/** The first period stated in a window of text, or null. */
	static Period period(String window) {
		Matcher p = PROJECTION.matcher(window);
		while (p.find()) {
			int a = Integer.parseInt(p.group(1));
			int b = Integer.parseInt(p.group(2));
			b = b < 100 ? a / 100 * 100 + b : b;
			if (b > a && b - a <= 15) {
				return Period.projection(a, b);
			}
		}
		Matcher m = MONTH_YEAR.matcher(window);
		if (m.find()) {
			int y = Integer.parseInt(m.group(2));
			String month = m.group(1).substring(0, 1).toUpperCase() + m.group(1).substring(1).toLowerCase();
			return month.equals("May") ? Period.survey(y) : new Period(month + " " + y, y, y, PeriodKind.SURVEY);
		}
		Matcher asOf = AS_OF.matcher(window);
		if (asOf.find()) {
			int y = Integer.parseInt(asOf.group(1));
			return new Period("as of " + y, y, y, PeriodKind.YEAR);
		}
		Matcher y = YEAR.matcher(window);
		if (y.find()) {
			return Period.year(Integer.parseInt(y.group(1)));
		}
		Matcher label = YEAR_LABEL.matcher(window);
		return label.find() ? Period.year(Integer.parseInt(label.group(1))) : null;
	}

	/**
	 * The period a projection figure's text states: a range of years as {@link #period}, else a year it runs
	 * "through" or "by", read as the ten-year BLS projection ending then (every BLS projection spans ten years); else
	 * a base year and a target year five to fifteen years later ("In 2012, … to increase by 11.3% in 2022").
	 */
	static Period projectionPeriod(String window) {
		Period p = period(window);
		if (p != null && p.kind() == PeriodKind.PROJECTION) {
			return p;
		}
		Matcher t = THROUGH.matcher(window);
		if (t.find()) {
			return Period.projection(Integer.parseInt(t.group(1)) - 10, Integer.parseInt(t.group(1)));
		}
		Matcher years = BARE_YEAR.matcher(window);
		if (years.find()) {
			int from = Integer.parseInt(years.group(1));
			while (years.find()) {
				int to = Integer.parseInt(years.group(1));
				if (to - from >= 5 && to - from <= 15) {
					return Period.projection(from, to);
				}
			}
		}
		return p;
	}

	/** The place named nearest the end of a window, or null. */
	static String lastPlace(String window) {
		Matcher m = PLACE.matcher(window);
		String found = null;
		while (m.find()) {
			found = m.group();
		}
		return found == null ? null : STATES.contains(found) ? found : UNITED_STATES;
	}

	/** The states named in a window, in order. */
	static List<String> states(String window) {
		Matcher m = PLACE.matcher(window);
		List<String> found = new java.util.ArrayList<>();
		while (m.find()) {
			if (STATES.contains(m.group())) {
				found.add(m.group());
			}
		}
		return found;
	}

	/** Who the sentence credits ("U.S. Bureau of Labor Statistics"), or null. */
	static String attribution(String sentence) {
		Matcher m = ATTRIBUTION.matcher(sentence);
		while (m.find()) {
			String org = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s+(?:of|for|and|on)$", "").trim();
			if (ORG_WORD.matcher(org).find()) {
				return org.startsWith("The ") ? org.substring(4) : org;
			}
		}
		return null;
	}

	/** Attribution of the sentence, or of an earlier sentence in its block ("The top 10% earn…"). */
	static String attribution(Sentence s, ExtractionContext ctx) {
		String own = attribution(s.text());
		if (own != null) {
			return own;
		}
		return ctx.earlierInBlock(s).stream().map(e -> attribution(e.text())).filter(a -> a != null).findFirst()
			.orElse(null);
	}
}
