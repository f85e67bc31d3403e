package com.careerbrief.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Reads employment figures from sentences: projected growth in percent (with period and
 * comparator such as "faster than average"), new jobs, openings and employment counts.
 */
final class EmploymentClaimExtractor {

	private static final Pattern PERCENT = Pattern.compile("(" + NumberText.NUMBER + ")\\s*(?:%|percent\\b|per cent\\b)");

	private static final Pattern GROWTH = Pattern.compile("(?i)\\b(grow|growth|increase|rise|expand|expansion|decline"
			+ "|decrease|drop|fall|shrink|change)\\w*");

	private static final Pattern JOBS_CONTEXT = Pattern.compile("(?i)\\b(employment|jobs?|outlook|demand|occupations?"
			+ "|workforce|positions|openings|projected|projection|employ\\w*)\\b");

	private static final Pattern NOT_GROWTH = Pattern.compile("(?i)(?:top|bottom|highest|lowest|upper|lower)\\s*$");

	private static final Pattern PROJECTED = Pattern.compile("(?i)\\b(?:projected|projection|expected|forecast|anticipated)"
			+ "(?:\\s+(?:to|was|is)\\s+(?:grow|increase|rise|decline|expand|change)\\w*)?");

	private static final Pattern COMPARATOR = Pattern.compile("(?i)\\b((?:much |about |a little |slightly )?(?:faster|slower"
			+ "|as fast) (?:than|as) (?:the )?average(?: for all occupations)?)");

	private static final String ABOUT = "(?:about |approximately |roughly |nearly |over |more than |some |an estimated )?";

	private static final Pattern COUNT = Pattern.compile("(?i)(?:(?:add|adding|create|creating|creation of|generate)\\s+"
			+ ABOUT + "(" + NumberText.NUMBER + ")\\s*(k|thousand|million)?\\s+(?:new\\s+)?(?:jobs|positions)"
			+ "|(" + NumberText.NUMBER + ")\\s*(k|thousand|million)?\\s+(new jobs|new positions|job openings|openings))");

	private static final String SCALE = "\\s*(k|thousand|million)?";

	/** How many hold the job: "held about 194,800 jobs", "2.2 million people work as", "employs 50,000 workers". */
	private static final Pattern EMPLOYED = Pattern.compile("(?i)(?:\\b(?:held|hold|holds|filled)\\s+" + ABOUT + "("
			+ NumberText.NUMBER + ")" + SCALE + "\\s+jobs\\b|\\bemploy(?:s|ed)?\\s+" + ABOUT + "(" + NumberText.NUMBER + ")"
			+ SCALE + "\\s+(?:people|workers|persons)\\b|(" + NumberText.NUMBER + ")" + SCALE + "\\s+(?:people|workers|persons"
			+ "|Americans)\\s+(?:are\\s+|were\\s+)?(?:work|works|worked|working|employed)\\b)");

	private static final Pattern PER_YEAR = Pattern.compile("(?i)each year|per year|a year|annually|every year");

	List<ClaimDraft> extract(Sentence s, ExtractionContext ctx) {
		List<ClaimDraft> drafts = new ArrayList<>();
		String t = s.text();
		if (GROWTH.matcher(t).find() && JOBS_CONTEXT.matcher(t).find()) {
			Matcher m = PERCENT.matcher(t);
			while (m.find()) {
				if (!NOT_GROWTH.matcher(t.substring(0, m.start())).find() && !t.substring(0, m.start()).contains("$")) {
					drafts.add(growth(s, ctx, m));
				}
			}
		}
		Matcher e = EMPLOYED.matcher(t);
		while (e.find()) {
			drafts.add(employed(s, ctx, e));
		}
		Matcher c = COUNT.matcher(t);
		while (c.find()) {
			drafts.add(count(s, ctx, c));
		}
		return drafts;
	}

	private ClaimDraft growth(Sentence s, ExtractionContext ctx, Matcher m) {
		String t = s.text();
		Matcher verb = GROWTH.matcher(t);
		verb.find();
		boolean decline = verb.group(1).toLowerCase().matches("decline|decrease|drop|fall|shrink");
		BigDecimal value = NumberText.parse(m.group(1));
		ClaimDraft d = ClaimDraft.figure(Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE,
				decline ? value.negate() : value, null, Unit.PERCENT);
		Matcher projected = PROJECTED.matcher(t);
		d.statisticAsWorded = projected.find() ? projected.group().toLowerCase() : verb.group().toLowerCase();
		Matcher comparator = COMPARATOR.matcher(t);
		d.comparator = comparator.find() ? comparator.group(1) : null;
		return common(d, s, ctx);
	}

	private ClaimDraft count(Sentence s, ExtractionContext ctx, Matcher c) {
		boolean created = c.group(1) != null;
		BigDecimal value = NumberText.parse(created ? c.group(1) : c.group(3));
		String scale = created ? c.group(2) : c.group(4);
		if (scale != null) {
			value = value.multiply(BigDecimal.valueOf(scale.equalsIgnoreCase("million") ? 1_000_000 : 1000));
		}
		boolean openings = !created && c.group(5).toLowerCase().contains("openings");
		Statistic statistic = openings && !PER_YEAR.matcher(s.text()).find() ? Statistic.PERIOD_TOTAL : Statistic.VALUE;
		ClaimDraft d = ClaimDraft.figure(openings ? Metric.OPENINGS : Metric.EMPLOYMENT_CHANGE_COUNT, statistic, value,
				null, Unit.PERSONS);
		d.statisticAsWorded = c.group().toLowerCase().replaceAll("\\s+", " ");
		return common(d, s, ctx);
	}

	private ClaimDraft employed(Sentence s, ExtractionContext ctx, Matcher e) {
		int g = e.group(1) != null ? 1 : e.group(3) != null ? 3 : 5;
		BigDecimal value = scaled(NumberText.parse(e.group(g)), e.group(g + 1));
		ClaimDraft d = ClaimDraft.figure(Metric.EMPLOYMENT, Statistic.VALUE, value, null, Unit.PERSONS);
		d.statisticAsWorded = e.group().toLowerCase().replaceAll("\\s+", " ");
		return common(d, s, ctx);
	}

	private static BigDecimal scaled(BigDecimal value, String scale) {
		return scale == null ? value
				: value.multiply(BigDecimal.valueOf(scale.equalsIgnoreCase("million") ? 1_000_000 : 1000))
					.setScale(0, java.math.RoundingMode.HALF_UP);
	}

	private ClaimDraft common(ClaimDraft d, Sentence s, ExtractionContext ctx) {
		Period period = FigureContext.period(s.text());
		for (Sentence earlier : ctx.earlierInBlock(s)) {
			period = period != null ? period : FigureContext.period(earlier.text());
		}
		d.period = period != null ? period : ctx.inheritedPeriod();
		String place = FigureContext.lastPlace(s.text());
		d.place = place != null ? place : FigureContext.UNITED_STATES;
		d.attribution = FigureContext.attribution(s, ctx);
		ctx.resolver().firstMention(s.text()).ifPresent(m -> {
			d.occupationAsWorded = m.asWorded();
			d.socCode = m.socCode();
		});
		return d.quote(s.quote());
	}
}
