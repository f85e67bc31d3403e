package com.careerbrief.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Statistic;

/**
 * Classifies the words before a pay figure ("national average salary", "top 10%", "entry-level")
 * into a {@link Statistic}, keeping the words as written.
 *
 * @param statistic the statistic
 * @param asWorded the words used
 * @param percentile N for top/bottom N%, else 0
 */
record StatisticWording(Statistic statistic, String asWorded, int percentile) {

	private record Cue(Pattern pattern, Statistic statistic) {
	}

	private static final String N = "(\\d{1,2}|(?i:ten|twenty|twenty-five|thirty|forty|fifty))\\s*(?:%|percent|per cent)";

	private static final Cue TOP_SHARE = new Cue(Pattern.compile("(?i)\\b(?:top|highest|best|upper)(?:[- ]paid)?\\s+" + N),
			Statistic.TOP_PERCENT);

	private static final Cue BOTTOM_SHARE = new Cue(Pattern.compile("(?i)\\b(?:bottom|lowest|worst|lower)(?:[- ]paid)?\\s+" + N),
			Statistic.BOTTOM_PERCENT);

	/** "Ten percent made", "10% of them earn": a share, then what it earns against the figure. */
	private static final String SHARE_EARNS = "(?i)\\b" + N + "\\s+(?:of\\s+[a-z' ]{1,40}?\\s+)?(?:made|make|makes|earned|earn"
			+ "|earns|received|receive|took home|take home)\\s+";

	private static final List<Cue> SHARES = List.of(TOP_SHARE, BOTTOM_SHARE);

	private static final List<Cue> CUES = List.of(TOP_SHARE, BOTTOM_SHARE,
			// "Ten percent made less than $21,120", "10% of them earn more than $50,000"
			new Cue(Pattern.compile(SHARE_EARNS + "(?:less|under)\\b(?:\\s+than)?\\s*$"), Statistic.BOTTOM_PERCENT),
			new Cue(Pattern.compile(SHARE_EARNS + "(?:more|over)\\b(?:\\s+than)?\\s*$"), Statistic.TOP_PERCENT),
			new Cue(Pattern.compile("(?i)\\b(\\d{2})(?:th|st|nd|rd) percentile"), null),
			// a table's row label: "10% | $30,300", "25th $48,860"
			new Cue(Pattern.compile("(?i)(?<!(?:top|bottom|upper|lower|highest|lowest|best|worst|paid)\\s{0,3})(?:^|[\\s:|])(\\d{2})"
					+ "(?:\\s*%|th|st|nd|rd)\\s*[:|]?\\s*$"), null),
			new Cue(Pattern.compile("(?i)\\bmedian\\b"), Statistic.MEDIAN),
			new Cue(Pattern.compile("(?i)\\bmean\\b"), Statistic.MEAN),
			new Cue(Pattern.compile("(?i)\\baverag(?:es?|ed|ing)\\b"), Statistic.AVERAGE_AS_WORDED),
			new Cue(Pattern.compile("(?i)\\b(?:top|highest|best)[- ](?:earners|earning|paid)\\b"), Statistic.TOP_EARNERS),
			new Cue(Pattern.compile("(?i)\\bentry[- ]level\\b|\\bstarting (?:salar|pay|wage)\\w*|\\bstart(?:s|ing)? (?:at|near|around)"
					+ "|\\bnew (?:hires|graduates)\\b"), Statistic.ENTRY_LEVEL),
			new Cue(Pattern.compile("(?i)\\b(?:experienced|senior|seasoned)\\b"), Statistic.EXPERIENCED),
			new Cue(Pattern.compile("(?i)\\brang(?:e|es|ing)\\b|\\bbetween\\b"), Statistic.RANGE));

	private static final Pattern BEFORE = Pattern.compile("(?i)(?:national|annual|hourly|statewide|overall|typical|estimated)\\s+$");

	private static final Pattern AFTER = Pattern.compile("(?i)^(?:\\s+(?:annual|hourly|yearly|base|salar(?:y|ies)|wages?|pay"
			+ "|income|earnings))+");

	/** The top or bottom share named in the text before a figure, if any. */
	static java.util.Optional<StatisticWording> share(String leading) {
		for (Cue share : SHARES) {
			Matcher s = share.pattern().matcher(leading);
			if (s.find()) {
				return java.util.Optional.of(of(share, s, leading, s.start(), false));
			}
		}
		return java.util.Optional.empty();
	}

	/** Classifies the text before a figure; {@code range} when the figure is "X to Y". */
	static StatisticWording classify(String leading, boolean range) {
		Cue best = null;
		int bestStart = -1;
		int bestEnd = -1;
		int firstStart = Integer.MAX_VALUE;
		for (Cue cue : CUES) {
			Matcher m = cue.pattern().matcher(leading);
			while (m.find()) {
				firstStart = Math.min(firstStart, m.start());
				if (m.end() > bestEnd) {
					best = cue;
					bestStart = m.start();
					bestEnd = m.end();
				}
			}
		}
		if (best == null) {
			return new StatisticWording(range ? Statistic.RANGE : Statistic.VALUE, null, 0);
		}

		Matcher m = best.pattern().matcher(leading);
		m.find(bestStart);
		return of(best, m, leading, firstStart, range);
	}

	private static StatisticWording of(Cue cue, Matcher m, String leading, int firstStart, boolean range) {
		int percentile = 0;
		Statistic statistic = cue.statistic();
		if (statistic == Statistic.TOP_PERCENT || statistic == Statistic.BOTTOM_PERCENT) {
			percentile = NumberText.parse(m.group(1)).intValue();
		}
		else if (statistic == null) {
			statistic = switch (Integer.parseInt(m.group(1))) {
				case 10 -> Statistic.P10;
				case 25 -> Statistic.P25;
				case 50 -> Statistic.MEDIAN;
				case 75 -> Statistic.P75;
				case 90 -> Statistic.P90;
				default -> Statistic.VALUE;
			};
		}
		if (range && percentile == 0) {
			statistic = Statistic.RANGE;
		}
		return new StatisticWording(statistic, words(m, leading, firstStart), percentile);
	}

	private static String words(Matcher m, String leading, int firstStart) {
		int start = leading.substring(firstStart, m.end()).trim().split("\\s+").length <= 5 ? firstStart : m.start();
		Matcher before = BEFORE.matcher(leading.substring(0, start));
		if (before.find()) {
			start = before.start();
		}
		int end = m.end();
		Matcher after = AFTER.matcher(leading.substring(end));
		if (after.find()) {
			end += after.end();
		}
		return leading.substring(start, end).trim();
	}
}
