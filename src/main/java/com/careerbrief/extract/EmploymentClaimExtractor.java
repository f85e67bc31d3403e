package com.careerbrief.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Reads employment figures from sentences: projected growth in percent (with period and
 * comparator such as "faster than average"), new jobs, openings and employment counts.
 */
final class EmploymentClaimExtractor {

	private static final Pattern PERCENT = Pattern.compile("(" + NumberText.NUMBER + ")\\s*(?:%|percent\\b|per cent\\b)");

	private static final Pattern GROWTH = Pattern.compile("(?i)\\b(grow|growth|increase|rise|expand|expansion|decline"
			+ "|decrease|drop|fall|shrink|change|outlook)\\w*");

	private static final Pattern JOBS_CONTEXT = Pattern.compile("(?i)\\b(employment|jobs?|outlook|demand|occupations?"
			+ "|workforce|positions|openings|projected|projection|employ\\w*|rate of growth)\\b");

	/** The clause a percent sits in starts after these: "…faster than average, which for all occupations is 5 percent". */
	private static final Pattern CLAUSE_START = Pattern.compile("(?i)[,;(:]|\\b(?:which|than|while|whereas)\\b");

	/** A percent that is the all-occupations benchmark: "the average growth rate of 14 percent for all occupations". */
	private static final Pattern BENCHMARK_BEFORE = Pattern.compile("(?i)\\baverage (?:\\w+ )?(?:growth )?rate (?:of|is|was)\\s*$");

	private static final Pattern BENCHMARK_AFTER = Pattern.compile("(?i)^\\s*\\)?\\s*(?:for|across|among|of) (?:all|every)\\b");

	/** Job postings grow with hiring, not with employment: "Job postings … have increased by 68%". */
	private static final Pattern POSTINGS = Pattern.compile("(?i)\\bjob postings?\\b|\\bpostings? for\\b");

	/** Growth of something other than jobs. */
	private static final Pattern NOT_JOBS = Pattern.compile("(?i)salar|wage|\\bpay|earn|income|price|cost|revenue|market|\\bshare\\b"
			+ "|proportion|\\bsince\\s+(?:19|20)\\d{2}\\b");

	private static final Pattern PAST_YEAR = Pattern.compile("(?i)\\b(?:in|of)\\s+(?:19|20)\\d{2}\\b");

	private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:project\\w*|expect\\w*|forecast\\w*|anticipat\\w*|will"
			+ "|outlook|through|by (?:19|20)\\d{2}|until|till|next|over the (?:next )?decade|should|could|may)\\b");

	private static final Pattern NOT_GROWTH = Pattern.compile("(?i)(?:top|bottom|highest|lowest|upper|lower)\\s*$");

	private static final Pattern PROJECTED = Pattern.compile("(?i)\\b(?:projected|projection|expected|forecast|anticipated)"
			+ "(?:\\s+(?:to|was|is)\\s+(?:grow|increase|rise|decline|expand|change)\\w*)?");

	private static final Pattern COMPARATOR = Pattern.compile("(?i)\\b((?:much |about |a little |slightly )?(?:faster|slower"
			+ "|as fast) (?:than|as) (?:the )?average(?: for all occupations)?)");

	private static final String ABOUT = "(?:about |approximately |roughly |nearly |over |more than |some |an estimated )?";

	private static final Pattern COUNT = Pattern.compile("(?i)(?:(?:add|adding|create|creating|creation of|generate)\\s+"
			+ ABOUT + "(" + NumberText.NUMBER + ")\\s*(k|thousand|million)?\\s+(?:new\\s+)?(?:jobs|positions)"
			+ "|(" + NumberText.NUMBER + ")\\s*(k|thousand|million)?\\s+(new jobs|new positions|(?:[a-z'’-]+\\s+)?openings))");

	private static final String SCALE = "\\s*(k|thousand|million)?";

	/**
	 * How many hold the job, each pattern with the number in group 1 and its scale in group 2: "held about 194,800
	 * jobs", "employs 50,000 workers", "715,400 electricians working", "there were over 650,000 jobs", "591,000
	 * people held this job title", "the pay of the 129,600 phlebotomists in the United States". The occupation's
	 * own name is not needed, so a misspelt or glued name does not lose the count.
	 */
	private static final List<Pattern> EMPLOYED = List.of(
			Pattern.compile("(?i)\\b(?:held|hold|holds|filled)\\s+" + ABOUT + "(" + NumberText.NUMBER + ")" + SCALE
					+ "\\s+jobs\\b"),
			Pattern.compile("(?i)\\bemploy(?:s|ed)?\\s+" + ABOUT + "(" + NumberText.NUMBER + ")" + SCALE
					+ "\\s+(?:people|workers|persons)\\b"),
			Pattern.compile("(?i)(" + NumberText.NUMBER + ")" + SCALE + "\\s*(?:[a-z'’-]+\\s+){0,2}?(people|[a-z'’/-]+(?:s|(?<!wo)men))\\s+(?:are\\s+"
					+ "|were\\s+|currently\\s+)?(?:work|works|worked|working|employed)\\b"),
			Pattern.compile("(?i)\\bthere\\s+(?:were|are|was|is)\\s+(?:currently\\s+)?" + ABOUT + "(" + NumberText.NUMBER + ")"
					+ SCALE + "\\s+(?:[a-z'’-]+\\s+){0,3}?(?:jobs|positions)\\b"),
			Pattern.compile("(?i)\\bthere\\s+(?:were|are|was)\\s+" + ABOUT + "(" + NumberText.NUMBER + ")" + SCALE
					+ "\\s+(?:[a-z'’/-]+,?\\s+){0,4}?[a-z'’/-]+(?:s|(?<!wo)men)\\s+(?:in\\s+(?:19|20)\\d{2}\\b|nationwide\\b|in\\s+the"
					+ "\\s+(?:United States|U\\.S\\.|country|nation)\\b)"),
			Pattern.compile("(?i)\\b(?:supported|supports|provided|provides|accounted for)\\s+" + ABOUT + "(" + NumberText.NUMBER
					+ ")" + SCALE + "\\s+jobs\\b"),
			Pattern.compile("(?i)\\bemployment\\s+(?:stands at|stood at|totals|totaled|totalled|reached|is|was|of)\\s+" + ABOUT
					+ "(" + NumberText.NUMBER + ")" + SCALE + "(?!\\s*(?:%|percent|per cent|hours|years|months|weeks|days|dollars))\\b"),
			Pattern.compile("(?i)(" + NumberText.NUMBER + ")" + SCALE + "\\s+(?:people|workers|persons|Americans)\\s+(?:held"
					+ "|hold|holds)\\s+(?:this|the|that|these)\\s+(?:jobs?|positions?|title|occupation)\\b"),
			Pattern.compile("(?i)\\bthe\\s+(" + NumberText.NUMBER + ")" + SCALE + "\\s*(?:[a-z'’-]+\\s+)?(people|[a-z'’-]+s)\\s+(?:who"
					+ "\\s+(?:work|are employed)|that\\s+(?:work|are employed)|in\\s+(?:the|this)\\s+(?:occupation|field|profession|United States|U\\.S\\."
					+ "|country|nation))\\b"));

	/** "…150,000 construction jobs lost in 2009": jobs that changed, not jobs held. */
	private static final Pattern CHANGED_AFTER = Pattern.compile("(?i)^\\s*(?:were\\s+|have been\\s+)?(?:lost|cut|created|added"
			+ "|eliminated|opened)\\b");

	/** Jobs open, added or lost, and subgroups, are not the number who hold the job. */
	private static final Pattern NOT_HELD = Pattern.compile("(?i)\\b(?:new|open|vacant|available|unfilled|lost|created|added|cut"
			+ "|additional|more|fewer|women|men)\\b");

	/** Nouns counted in a headcount pattern that are not people: "2,000 hours working…". */
	private static final Pattern NOT_PEOPLE = Pattern.compile("(?i)hours|years|months|weeks|days|percent|dollars|times"
			+ "|shifts|cents");

	/** The OOH fact box: "Number of Jobs, 2020 129,600", "Employment Change, 2020-30 28,800". */
	private static final Pattern FACT_BOX = Pattern.compile("(?i)(?<!projected\\s)\\b(Number of Jobs|Total Jobs|Employment Change|Employment),?\\s*"
			+ "(?:in\\s+)?\\(?((?:19|20)\\d{2})(?:\\s*[-–]\\s*\\d{2,4})?\\)?\\s*[:|]?\\s+(?:(?:was|were|is)\\s+)?"
			+ "(-?\\d{1,3}(?:,\\d{3})+|-?\\d+)\\b(?!\\s*(?:%|percent))");

	/** People to hire and train each year are openings: "hire and train about 19,500 phlebotomists yearly". */
	private static final Pattern HIRE_YEARLY = Pattern.compile("(?i)\\b(?:hire|hiring|train|training)\\b[^.;$%]{0,60}?"
			+ ABOUT + "(" + NumberText.NUMBER + ")" + SCALE + "\\s+(?:new\\s+)?[a-z'’-]+\\b[^.;$%]{0,40}?\\b(?:yearly|each year"
			+ "|every year|per year|a year|annually)\\b");

	/** Openings and new jobs that refer back to the projection: "…each year, on average, over the decade". */
	private static final Pattern OVER_THE_DECADE = Pattern.compile("(?i)\\bover the (?:next )?decade\\b|\\b(?:during|in|over)"
			+ " this period\\b|\\bprojection period\\b|\\bwithin (?:the next )?ten years\\b");

	/** A fact line naming a count or a growth rate, then its figure. */
	private static final Pattern FACT_LINE = Pattern.compile("(?i)^\\W*(Annual (?:Job )?Openings|Percent Growth|Job Growth"
			+ "|Employment Growth|Total Jobs(?: Held)?|Jobs Held|Projected Employment)\\s*[:|]\\s*(" + NumberText.NUMBER
			+ ")(\\s*%)?(?:\\s+by\\s+(?:19|20)\\d{2})?");

	/** Employment a projection reaches: "…should reach approximately 376,800 by 2034". */
	private static final Pattern REACH = Pattern.compile("(?i)\\b(?:reach|grow to|increase to|rise to|climb to)\\s+" + ABOUT
			+ "(?<!\\$)(\\d{1,3}(?:,\\d{3})+)" + SCALE + "(?:\\s+[a-z]+)?\\s+by\\s+(?:19|20)\\d{2}\\b");

	/** The year a headcount is dated by right after it: "…1,797,700 jobs in 2014". */
	private static final Pattern TRAILING_YEAR = Pattern.compile("(?i)^\\s*(?:[a-z'’-]+\\s+){0,4}?in\\s+((?:19|20)\\d{2})\\b");

	private static final Pattern OWN_COUNT = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b");

	private static final Pattern REFERS_BACK = Pattern.compile("(?i)^\\s*(?:this|that|these|it|at (?:this|that) rate)\\b");

	private static final Pattern PER_YEAR = Pattern.compile("(?i)each year|per year|a year|\\bannually\\b|\\bannual (?:job )?openings\\b"
			+ "|every year|/\\s?yr\\b"
			+ "|/\\s?year\\b");

	List<ClaimDraft> extract(Sentence s, ExtractionContext ctx) {
		List<ClaimDraft> drafts = new ArrayList<>();
		String t = s.text();
		if (GROWTH.matcher(t).find() && (JOBS_CONTEXT.matcher(t).find() || continuesJobs(s, ctx))) {
			Matcher m = PERCENT.matcher(t);
			while (m.find()) {
				if (!NOT_GROWTH.matcher(t.substring(0, m.start())).find() && !t.substring(0, m.start()).contains("$")
						&& !benchmark(t, m) && !pastChange(t) && !POSTINGS.matcher(t).find()) {
					drafts.add(growth(s, ctx, m));
				}
			}
		}
		for (Pattern p : EMPLOYED) {
			Matcher e = p.matcher(t);
			while (e.find()) {
				if (isHeadcount(e) && !CHANGED_AFTER.matcher(t.substring(e.end())).find()) {
					drafts.add(employed(s, ctx, e));
				}
			}
		}
		Matcher line = FACT_LINE.matcher(t);
		if (line.find()) {
			drafts.add(factLine(s, ctx, line));
		}
		Matcher reach = REACH.matcher(t);
		while (reach.find() && JOBS_CONTEXT.matcher(t).find()) {
			ClaimDraft d = ClaimDraft.figure(Metric.EMPLOYMENT_PROJECTED, Statistic.VALUE,
					scaled(NumberText.parse(reach.group(1)), reach.group(2)), null, Unit.PERSONS);
			d.statisticAsWorded = reach.group().toLowerCase().replaceAll("\\s+", " ");
			common(d, s, ctx);
			d.period = FigureContext.projectionPeriod(reach.group());
			drafts.add(d);
		}
		Matcher box = FACT_BOX.matcher(t);
		while (box.find()) {
			drafts.add(factBox(s, ctx, box));
		}
		Matcher hire = HIRE_YEARLY.matcher(t);
		while (hire.find()) {
			ClaimDraft d = ClaimDraft.figure(Metric.OPENINGS, Statistic.VALUE, scaled(NumberText.parse(hire.group(1)),
					hire.group(2)), null, Unit.PERSONS);
			d.statisticAsWorded = hire.group().toLowerCase().replaceAll("\\s+", " ");
			drafts.add(common(d, s, ctx));
		}
		Matcher c = COUNT.matcher(t);
		while (c.find()) {
			drafts.add(count(s, ctx, c));
		}
		return drafts;
	}

	/** A sentence about growth with no pay in it, right after a sentence about jobs: it continues that sentence. */
	private static boolean continuesJobs(Sentence s, ExtractionContext ctx) {
		List<Sentence> earlier = ctx.earlierInBlock(s);
		return !earlier.isEmpty() && JOBS_CONTEXT.matcher(earlier.get(0).text()).find() && !s.text().contains("$")
				&& !NOT_JOBS.matcher(s.text()).find();
	}

	/**
	 * The all-occupations growth the article gives next to a growth claim: in its sentence, its paragraph or the
	 * paragraph after ("(The average growth rate for all occupations is 7 percent.)"), or null.
	 */
	private static BigDecimal statedAverage(Sentence s, ExtractionContext ctx) {
		List<Block> blocks = ctx.layout().blocks();
		List<Sentence> near = new ArrayList<>(List.of(s));
		for (int b = s.block(); b < Math.min(blocks.size(), s.block() + 2); b++) {
			near.addAll(blocks.get(b).sentences());
		}
		for (Sentence o : near) {
			Matcher m = PERCENT.matcher(o.text());
			while (m.find()) {
				if (benchmark(o.text(), m)) {
					return NumberText.parse(m.group(1));
				}
			}
		}
		return null;
	}

	/**
	 * A change already seen between two dated counts ("…jobs in 2012 and 1,797,700 jobs in 2014, reflecting an
	 * increase of 5.7%"): history, not the occupation's outlook. A sentence with any word of the future is not.
	 */
	private static boolean pastChange(String t) {
		Matcher years = PAST_YEAR.matcher(t);
		int dated = 0;
		while (years.find()) {
			dated++;
		}
		Period stated = FigureContext.period(t);
		return dated >= 2 && !FUTURE.matcher(t).find() && (stated == null || stated.kind() != PeriodKind.PROJECTION);
	}

	/** True when the percent is the all-occupations average the article compares with, not the occupation's own. */
	private static boolean benchmark(String t, Matcher m) {
		String before = t.substring(0, m.start());
		Matcher start = CLAUSE_START.matcher(before);
		int from = 0;
		while (start.find()) {
			from = start.end();
		}
		String clause = before.substring(from);
		return FigureContext.ALL_OCCUPATIONS.matcher(clause).find() || BENCHMARK_BEFORE.matcher(clause).find()
				|| BENCHMARK_AFTER.matcher(t.substring(m.end())).find();
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
		d.statedAverage = d.comparator == null ? null : statedAverage(s, ctx);
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

	/** A number of people: not a year, not a handful, and not hours or years of something. */
	private static boolean isHeadcount(Matcher e) {
		if (NOT_HELD.matcher(e.group()).find()) {
			return false;
		}
		BigDecimal n = NumberText.parse(e.group(1));
		boolean year = e.group(1).matches("(?:19|20)\\d{2}");
		boolean noun = e.groupCount() < 3 || e.group(3) == null || !NOT_PEOPLE.matcher(e.group(3)).matches();
		return n != null && !year && noun && (e.group(2) != null || n.compareTo(BigDecimal.valueOf(100)) >= 0);
	}

	private ClaimDraft employed(Sentence s, ExtractionContext ctx, Matcher e) {
		BigDecimal value = scaled(NumberText.parse(e.group(1)), e.group(2));
		ClaimDraft d = ClaimDraft.figure(Metric.EMPLOYMENT, Statistic.VALUE, value, null, Unit.PERSONS);
		d.statisticAsWorded = e.group().toLowerCase().replaceAll("\\s+", " ");
		common(d, s, ctx);
		Matcher year = TRAILING_YEAR.matcher(s.text().substring(e.end()));
		Period stated = FigureContext.period(s.text());
		if (year.find()) {
			d.period = Period.year(Integer.parseInt(year.group(1)));
		}
		else if (d.period != null && d.period.kind() == PeriodKind.PROJECTION
				&& (stated == null || stated.kind() != PeriodKind.PROJECTION)) {
			// "Current employment stands at 376,200, and should reach 376,800 by 2034": the year the
			// projection runs to dates the projection, not today's headcount.
			d.period = stated != null ? stated : ctx.inheritedPeriod();
		}
		return d;
	}

	/** A fact line "Label: figure": "Annual Openings: 37,010", "Percent Growth: 23%", "Total Jobs Held: 339,500". */
	private ClaimDraft factLine(Sentence s, ExtractionContext ctx, Matcher line) {
		String label = line.group(1).toLowerCase();
		boolean percent = line.group(3) != null;
		Metric metric = label.contains("opening") ? Metric.OPENINGS : label.startsWith("projected") ? Metric.EMPLOYMENT_PROJECTED
				: percent || label.contains("growth") ? Metric.EMPLOYMENT_CHANGE_PERCENT : Metric.EMPLOYMENT;
		ClaimDraft d = ClaimDraft.figure(metric, Statistic.VALUE, NumberText.parse(line.group(2)), null,
				metric == Metric.EMPLOYMENT_CHANGE_PERCENT ? Unit.PERCENT : Unit.PERSONS);
		d.statisticAsWorded = line.group(1);
		common(d, s, ctx);
		Period stated = FigureContext.projectionPeriod(line.group());
		d.period = stated != null ? stated : ctx.inheritedPeriod();
		return d;
	}

	/** A fact-box row: jobs in a base year, or the change over the projection its years name. */
	private ClaimDraft factBox(Sentence s, ExtractionContext ctx, Matcher box) {
		boolean jobs = !box.group(1).equalsIgnoreCase("Employment Change");
		ClaimDraft d = ClaimDraft.figure(jobs ? Metric.EMPLOYMENT : Metric.EMPLOYMENT_CHANGE_COUNT, Statistic.VALUE,
				NumberText.parse(box.group(3).replace("-", "")).multiply(BigDecimal.valueOf(box.group(3).startsWith("-")
						? -1 : 1)), null, Unit.PERSONS);
		d.statisticAsWorded = box.group(1);
		common(d, s, ctx);
		d.period = jobs ? Period.year(Integer.parseInt(box.group(2))) : d.period;
		return d;
	}

	/** The projection period of the next sentence of the paragraph when it refers back: "This number represents…". */
	private static Period nextRefersBack(Sentence s, ExtractionContext ctx) {
		List<Sentence> block = ctx.layout().blocks().get(s.block()).sentences();
		Sentence next = block.stream().filter(o -> o.start() >= s.end()).findFirst().orElse(null);
		if (next == null || !REFERS_BACK.matcher(next.text()).find() || PERCENT.matcher(next.text()).find()
				|| OWN_COUNT.matcher(next.text()).find() && !PROJECTED.matcher(next.text()).find()) {
			return null;
		}
		Period p = FigureContext.projectionPeriod(next.text());
		return p != null && p.kind() == com.careerbrief.model.PeriodKind.PROJECTION ? p : null;
	}

	/** The latest projection period stated before a sentence anywhere in the document, or null. */
	private static Period earlierProjection(Sentence s, ExtractionContext ctx) {
		Period found = null;
		for (Sentence o : ctx.layout().sentences()) {
			Period p = o.end() <= s.start() ? FigureContext.period(o.text()) : null;
			found = p != null && p.kind() == com.careerbrief.model.PeriodKind.PROJECTION ? p : found;
		}
		return found;
	}

	private static BigDecimal scaled(BigDecimal value, String scale) {
		return scale == null ? value
				: value.multiply(BigDecimal.valueOf(scale.equalsIgnoreCase("million") ? 1_000_000 : 1000))
					.setScale(0, java.math.RoundingMode.HALF_UP);
	}

	private ClaimDraft common(ClaimDraft d, Sentence s, ExtractionContext ctx) {
		Period period = FigureContext.projectionPeriod(s.text());
		for (Sentence earlier : ctx.earlierInBlock(s)) {
			period = period != null ? period : FigureContext.projectionPeriod(earlier.text());
		}
		period = period != null || !OVER_THE_DECADE.matcher(s.text()).find() ? period : earlierProjection(s, ctx);
		period = period != null || d.metric != Metric.EMPLOYMENT_CHANGE_PERCENT ? period : nextRefersBack(s, ctx);
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
