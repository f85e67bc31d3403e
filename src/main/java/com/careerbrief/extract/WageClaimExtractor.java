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
 * Reads pay figures from sentences: the value or range, the statistic as worded (average, median,
 * top 10%, entry-level…), annual or hourly, reference period, place and attribution.
 */
final class WageClaimExtractor {

	private static final Pattern MONEY = Pattern.compile("\\$\\s?(\\d{1,3}(?:,\\s\\d{3})+(?:\\.\\d+)?|\\d[\\d,]*(?:\\.\\d+)?)\\s*([kK]\\b|thousand)?"
			+ "|\\b(\\d{1,3}(?:,\\d{3})+|\\d{4,7}|\\d+(?:\\.\\d+)?\\s*(?:k|thousand))\\s+(?:US\\s+|U\\.S\\.\\s+)?dollars\\b");

	private static final Pattern RANGE_JOIN = Pattern.compile("(?i)\\s*(?:to|-|–|—|and)\\s*(?:(?:more|less) than\\s+|over\\s+"
			+ "|under\\s+|as (?:much|high|little|low) as\\s+|an?\\s+(?!(?:median|mean|average)\\b)(?:[a-z]+\\s+)?(?:of\\s+)?)?");

	private static final Pattern AND = Pattern.compile("(?i)\\band\\b");

	/** Words that make a dollar amount pay; a statistic word (median, percentile) with a dollar amount is pay too. */
	private static final Pattern PAY_WORDS = Pattern.compile("(?i)salar|wage|\\bpay|earn|income|compensation|\\bpaid"
			+ "|\\bmake\\b|\\bmakes\\b|\\bmaking\\b|\\bmade\\b|annual|per year|a year|hour|take[- ]?home|took home"
			+ "|bring(?:s)? home|\\bmedian\\b|\\bmean\\b|percentile");

	private static final Pattern NOT_PAY = Pattern.compile("(?i)tuition|\\bcost|\\bfees?\\b|price|\\bloans?\\b(?!\\s+officers?)|debt|scholarship"
			+ "|grant|budget|revenue|bonus");

	private static final Pattern HOURLY = Pattern.compile("(?i)per hour|an hour|a hour|hourly|/\\s?h(?:ou)?r");

	private static final Pattern ANNUAL = Pattern.compile("(?i)per year|a year|annual|yearly|/\\s?yr|every year");

	/** A heading that labels the lone figure under it: "Median Salary". */
	private static final Pattern PAY_HEADING = Pattern.compile("(?i)salar|wage|\\bpay\\b|earn|income");

	private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)^(?:they|those)\\b|^these\\s+(?:include|are|were)\\b"
			+ "|\\bhere\\b|\\bfollowed by\\b");

	private static final Pattern EMPLOYER_NAMED = Pattern.compile("(?i)\\bindustr(?:y|ies)\\b|\\bemployed (?:by|in|at)\\b"
			+ FigureContext.NOT_A_PLACE
			+ "|\\bemployers?\\b");

	/** A ranking of industries, employers or cities as a sentence's subject: every figure after it is theirs. */
	private static final Pattern RANKED_PLACES_OF_WORK = Pattern.compile("(?i)\\b(?:industries|sectors|employers|cities"
			+ "|metropolitan areas|metro areas)\\s+(?:paying|that pay|that offer|offering|show|showing|with the (?:highest|best|most))\\b"
			+ "|\\b(?:top|highest|best)(?:[- ]paying)?\\s+(?:industries|sectors|employers|cities|metropolitan areas?|metro areas?)\\b");

	/** Pay someone expects later, not pay now: "…the median hourly wage could reach $28.07 by 2027". */
	private static final Pattern FUTURE_PAY = Pattern.compile("(?i)\\b(?:could|will|would|might|may|expected to|projected to)"
			+ "\\s+(?:reach|rise to|grow to|increase to|climb to|top)\\s*$");

	/** The unit words right after the figure before, which belong to it: "$30.27/hr Top 10%: $105,150". */
	private static final Pattern PREVIOUS_UNIT = Pattern.compile("(?i)^\\s*(?:/\\s?h(?:ou)?r|/\\s?yr|/\\s?year|per hour|an hour|a year"
			+ "|per year|hourly|annually|yearly)\\b");

	private static final Pattern BOUND_AFTER = Pattern.compile("(?i)^\\W*(?:(?:per|an|a)\\s+(?:hour|year)\\s+|hourly\\s+"
			+ "|annually\\s+)?or\\s+(?:more|less|higher|lower|above|below)\\b");

	/** "…reported the highest average salaries in the country": a ranking by one statistic of pay. */
	private static final Pattern RANKED_BY_STATISTIC = Pattern.compile("(?i)\\b(?:highest|lowest|top|best)(?:[- ]paying)?\\s+"
			+ "(?:average|mean|median)\\s+(?:annual\\s+|hourly\\s+)?(?:salar|wage|pay|income|earning)");

	private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:more|higher|greater|less|lower|fewer) than\\s*$");

	private static final Pattern BY_YEAR = Pattern.compile("(?i)^\\W*(?:[a-z]+\\s+){0,3}?(?:by|in)\\s+(?:19|20)\\d{2}\\b");

	/** Where a figure's own words end: "$43,660, which is equivalent to a mean hourly wage of $20.99". */
	private static final Pattern UNIT_WINDOW_END = Pattern.compile("(?i)[,;(/]|\\b(?:or|and)\\b(?!\\s+(?:more|less|higher|lower"
			+ "|above|over|under|up|so)\\b)|\\b(?:which|while|but|whereas)\\b");

	private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i);|,?\\s+(?:while|whereas)\\b|,\\s+(?:and|but|with"
			+ "|though|although|yet)\\b");

	/** One money amount or range found in a sentence. */
	private record Amount(BigDecimal low, BigDecimal high, int start, int end) {
	}

	List<ClaimDraft> extract(Sentence s, ExtractionContext ctx) {
		String t = s.text();
		if (!isPay(s, ctx) || aboutAnEmployerBefore(s, ctx)) {
			return List.of();
		}
		List<Amount> amounts = amounts(t);
		List<ClaimDraft> drafts = new ArrayList<>();
		List<String> after = new ArrayList<>();
		String prefix = amounts.isEmpty() ? "" : t.substring(0, amounts.get(0).start());
		boolean rankedSubject = notTheOccupationsAtAll(prefix);
		for (int i = 0; i < amounts.size(); i++) {
			Amount a = amounts.get(i);
			String leading = t.substring(i == 0 ? 0 : amounts.get(i - 1).end(), a.start());
			String following = t.substring(a.end(), i + 1 < amounts.size() ? amounts.get(i + 1).start() : t.length());
			String trailing = ownClause(following);
			after.add(following);
			String own = ownClauseEnd(leading);
			boolean notOwn = rankedSubject || NOT_PAY.matcher(leading).find() || notTheOccupations(own, trailing)
					|| FUTURE_PAY.matcher(own).find() && BY_YEAR.matcher(trailing).find();
			drafts.add(notOwn ? null : draft(s, ctx, a, new Window(own, trailing, prefix, i == 0, leading)));
		}
		PayFigureLinks.apply(after, drafts);
		respectively(t, prefix, amounts, drafts);
		List<ClaimDraft> read = drafts.stream().filter(java.util.Objects::nonNull).toList();
		if (!PAY_WORDS.matcher(t).find() && !ctx.earlierInBlock(s).isEmpty()) {
			List<ClaimDraft> before = extract(ctx.earlierInBlock(s).get(0), ctx);
			read.stream().filter(d -> d.statistic == Statistic.VALUE && !before.isEmpty())
				.forEach(d -> PayFigureLinks.copyStatistic(before.get(before.size() - 1), d));
		}
		return read;
	}

	/**
	 * "…are Hawaii and Alaska, where they earn an average of $58,420 and $55,910 respectively": as many states
	 * before the figures as figures, paired in order; a figure joined by "and" or a comma takes the statistic of
	 * the one before it.
	 */
	private static void respectively(String t, String prefix, List<Amount> amounts, List<ClaimDraft> drafts) {
		if (!RESPECTIVELY.matcher(t).find()) {
			return;
		}
		List<String> places = FigureContext.states(prefix);
		if (places.size() < 2 || places.size() != amounts.size() || drafts.contains(null)
				|| !prefix.contains(String.join(", ", places.subList(0, places.size() - 1)))
				|| !Pattern.compile(Pattern.quote(places.get(places.size() - 2)) + ",?\\s+and\\s+"
						+ Pattern.quote(places.get(places.size() - 1))).matcher(prefix).find()) {
			return;
		}
		for (int i = 0; i < drafts.size(); i++) {
			drafts.get(i).place = places.get(i);
			if (i > 0 && drafts.get(i).statistic == Statistic.VALUE
					&& LIST_JOIN.matcher(t.substring(amounts.get(i - 1).end(), amounts.get(i).start())).matches()) {
				PayFigureLinks.copyStatistic(drafts.get(i - 1), drafts.get(i));
			}
		}
	}

	private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");

	private static final Pattern LIST_JOIN = Pattern.compile("(?i)\\s*(?:,\\s*)?(?:and\\s*)?");

	/*
	 * A sentence that continues a pay sentence without pay words of its own ("Hawaii ranked second at $84,750")
	 * takes that sentence's statistic for its unlabelled figures, above.
	 */

	/**
	 * A sentence with pay words, or under a pay heading ("Electrician wages"), or with a dollar figure continuing
	 * the pay sentence before it; but not a list of industries' or employers' pay.
	 */
	private static boolean isPay(Sentence s, ExtractionContext ctx) {
		if (EMPLOYER_NAMED.matcher(DocumentLayout.lower(s.section()) + " " + DocumentLayout.lower(s.listIntro())).find()) {
			return false;
		}
		if (PAY_WORDS.matcher(s.text()).find() || PAY_WORDS.matcher(DocumentLayout.lower(s.section())).find()
				|| s.listItem() && PAY_WORDS.matcher(DocumentLayout.lower(s.listIntro())).find()) {
			return true;
		}
		List<Sentence> earlier = ctx.earlierInBlock(s);
		return !earlier.isEmpty() && PAY_WORDS.matcher(earlier.get(0).text()).find() && !amounts(earlier.get(0).text())
			.isEmpty();
	}

	/** The all-occupations benchmark, or pay in one industry or at one kind of employer. */
	private static boolean notTheOccupations(String leading, String trailing) {
		return FigureContext.ALL_OCCUPATIONS.matcher(leading).find() || FigureContext.ALL_OCCUPATIONS.matcher(trailing)
			.find() || FigureContext.EMPLOYER.matcher(leading).find();
	}

	/**
	 * A sentence opening on industries, employers or cities ("The industries paying the highest income for
	 * sonographers are employment services, with wages at $32.70…", "Three California cities show the best
	 * incomes…"): none of its figures is the occupation's pay as a whole.
	 */
	private static boolean notTheOccupationsAtAll(String prefix) {
		return RANKED_PLACES_OF_WORK.matcher(prefix).find();
	}

	/** "Average annual income here was…", "They reported…" right after a sentence about an industry or employer. */
	private static boolean aboutAnEmployerBefore(Sentence s, ExtractionContext ctx) {
		List<Sentence> earlier = ctx.earlierInBlock(s);
		return BACK_REFERENCE.matcher(s.text()).find() && !earlier.isEmpty()
				&& EMPLOYER_NAMED.matcher(earlier.get(0).text()).find();
	}

	/**
	 * The words around one figure: its own clause before and after it, the sentence's opening, whether it comes
	 * first, and all the words since the figure before it.
	 */
	private record Window(String leading, String trailing, String prefix, boolean first, String sincePrevious) {
	}

	private ClaimDraft draft(Sentence s, ExtractionContext ctx, Amount a, Window w) {
		StatisticWording wording = StatisticWording.classify(w.leading(), a.high() != null);
		StatisticWording heading = StatisticWording.classify(s.section() == null ? "" : s.section(), a.high() != null);
		boolean alone = w.leading().isBlank() && w.prefix().isBlank() && PAY_HEADING.matcher(s.section() == null ? ""
				: s.section()).find();
		wording = alone && wording.statistic() == Statistic.VALUE && heading.statistic() != Statistic.RANGE ? heading : wording;
		wording = w.first() && wording.statistic() == Statistic.VALUE ? StatisticWording.classify(w.prefix(), a.high() != null)
				: wording;
		if (wording.statistic() == Statistic.VALUE && w.first() && w.prefix().trim().matches("(?i)at|")) {
			StatisticWording after = StatisticWording.classify(w.trailing(), a.high() != null);
			wording = after.statistic() == Statistic.MEAN || after.statistic() == Statistic.MEDIAN
					|| after.statistic() == Statistic.AVERAGE_AS_WORDED ? after : wording;
		}
		wording = wording.statistic() == Statistic.VALUE ? scopeStatistic(s, ctx).orElse(wording) : wording;
		if ((wording.statistic() == Statistic.AVERAGE_AS_WORDED || wording.statistic() == Statistic.MEAN)
				&& (BOUND_AFTER.matcher(w.trailing()).find() || BOUND_BEFORE.matcher(w.leading()).find())) {
			// "The top 10 percent … make an average wage of $38.15 per hour or more": the share names it
			wording = StatisticWording.share(w.leading()).orElse(wording);
		}
		Matcher end = UNIT_WINDOW_END.matcher(w.trailing());
		Unit unit = unit(end.find() ? w.trailing().substring(0, end.start()) : w.trailing());
		unit = unit != null ? unit : unit(PREVIOUS_UNIT.matcher(w.leading()).replaceFirst(""));
		unit = unit != null ? unit : a.low().compareTo(BigDecimal.valueOf(200)) < 0 ? Unit.USD_PER_HOUR : Unit.USD_PER_YEAR;
		ClaimDraft d = ClaimDraft.figure(Metric.WAGE, wording.statistic(), a.low(), a.high(), unit);
		d.statisticAsWorded = wording.asWorded();
		d.percentile = wording.percentile();
		d.period = period(s, ctx, w);
		d.place = place(s, ctx, w);
		d.attribution = FigureContext.attribution(s, ctx);
		ctx.resolver().firstMention(s.text()).ifPresent(m -> {
			d.occupationAsWorded = m.asWorded();
			d.socCode = m.socCode();
		});
		return d.quote(s.quote());
	}

	/**
	 * The average, mean or median that a figureless pay sentence earlier in the paragraph puts every figure
	 * under ("…reported the highest average salaries in the country. California was the highest-paying state,
	 * at $73,320 per year."), if any.
	 */
	private static java.util.Optional<StatisticWording> scopeStatistic(Sentence s, ExtractionContext ctx) {
		for (Sentence earlier : ctx.earlierInBlock(s)) {
			if (amounts(earlier.text()).isEmpty() && RANKED_BY_STATISTIC.matcher(earlier.text()).find()) {
				StatisticWording scope = StatisticWording.classify(earlier.text(), false);
				if (scope.statistic() == Statistic.AVERAGE_AS_WORDED || scope.statistic() == Statistic.MEAN
						|| scope.statistic() == Statistic.MEDIAN) {
					return java.util.Optional.of(scope);
				}
			}
		}
		return java.util.Optional.empty();
	}

	/** The unit words in a window ("$26.53 an hour ($55,190 annually)": the words after a figure speak first), or null. */
	private static Unit unit(String window) {
		return HOURLY.matcher(window).find() ? Unit.USD_PER_HOUR : ANNUAL.matcher(window).find() ? Unit.USD_PER_YEAR : null;
	}

	/**
	 * The period a figure's own clause states ("…$50,250 in May 2024"); else the one the sentence
	 * opens with ("In May 2024, the median was $X, and the top 10% earned more than $Y"), which
	 * scopes every figure after it; else one an earlier sentence of the paragraph opened with.
	 * A period trailing another figure ("$44,324 as of 2025, with top earners at $57,500") does not carry.
	 */
	private static Period period(Sentence s, ExtractionContext ctx, Window w) {
		Period period = FigureContext.period(w.trailing());
		period = period != null ? period : FigureContext.period(w.leading());
		period = period != null ? period : FigureContext.period(w.prefix());
		for (Sentence earlier : ctx.earlierInBlock(s)) {
			period = period != null ? period : openingPeriod(earlier.text());
		}
		// "…the top-paying areas for veterinarians in May 2020 were:" dates the list's items
		period = period != null || !s.listItem() ? period : openingPeriod(DocumentLayout.lower(s.listIntro()));
		return period != null ? period : ctx.inheritedPeriod();
	}

	/** The place named in the figure's clause, else the sentence's opening, else a paragraph's earlier opening. */
	private static String place(Sentence s, ExtractionContext ctx, Window w) {
		String place = FigureContext.lastPlace(w.leading());
		place = place != null ? place : FigureContext.lastPlace(w.sincePrevious());
		place = place != null ? place : FigureContext.lastPlace(w.prefix());
		place = place != null ? place : FigureContext.lastPlace(w.trailing());
		for (Sentence earlier : ctx.earlierInBlock(s)) {
			place = place != null ? place : FigureContext.lastPlace(opening(earlier.text()));
		}
		return place != null ? place : FigureContext.UNITED_STATES;
	}

	/** The period stated before the first pay figure of a sentence, unless it is a projection. */
	private static Period openingPeriod(String sentence) {
		Period p = FigureContext.period(opening(sentence));
		return p == null || p.kind() == com.careerbrief.model.PeriodKind.PROJECTION ? null : p;
	}

	/**
	 * A pay sentence's words before its first figure ("In May 2024, the median was"); a pay sentence with no
	 * figure scopes the paragraph whole ("Regionally, the highest pay was in the West as of May 2011."); else "".
	 */
	private static String opening(String sentence) {
		List<Amount> amounts = amounts(sentence);
		if (!PAY_WORDS.matcher(sentence).find()) {
			// "According to BLS records from May 2012, there were 230,030 diesel mechanics employed…": a
			// period before the first figure of any kind opens the paragraph too.
			Matcher figure = ANY_FIGURE.matcher(sentence);
			return figure.find() ? sentence.substring(0, figure.start()) : "";
		}
		return amounts.isEmpty() ? sentence : sentence.substring(0, amounts.get(0).start());
	}

	private static final Pattern ANY_FIGURE = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent\\b)");

	/** Text after a figure up to where the next clause starts (", and", ", while", "; "…). */
	static String ownClause(String trailing) {
		Matcher m = CLAUSE_BREAK.matcher(trailing);
		return m.find() ? trailing.substring(0, m.start()) : trailing;
	}

	/** Text before a figure from where its clause starts. */
	static String ownClauseEnd(String leading) {
		Matcher m = CLAUSE_BREAK.matcher(leading);
		int start = 0;
		while (m.find()) {
			start = m.end();
		}
		return leading.substring(start);
	}

	private static List<Amount> amounts(String t) {
		List<int[]> spans = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		Matcher m = MONEY.matcher(t);
		while (m.find()) {
			String raw = m.group(1) != null ? m.group(1) + (m.group(2) != null ? "k" : "") : m.group(3).replace("thousand", "k");
			values.add(NumberText.parse(raw.replace(" ", "")));
			spans.add(new int[] { m.start(), m.end() });
		}
		List<Amount> amounts = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			boolean range = i + 1 < spans.size()
					&& RANGE_JOIN.matcher(t.substring(spans.get(i)[1], spans.get(i + 1)[0])).matches()
					&& (!AND.matcher(t.substring(spans.get(i)[1], spans.get(i + 1)[0])).find()
							|| t.substring(0, spans.get(i)[0]).toLowerCase().endsWith("between "));
			if (range) {
				amounts.add(new Amount(values.get(i), values.get(i + 1), spans.get(i)[0], spans.get(i + 1)[1]));
				i++;
			}
			else {
				amounts.add(new Amount(values.get(i), null, spans.get(i)[0], spans.get(i)[1]));
			}
		}
		return amounts;
	}
}
