package com.careerbrief.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Statistic;

/**
 * Lends labels between the pay figures of one sentence that belong together: a figure restated in the other
 * unit ("$26.53 an hour ($55,190 annually)"), a statistic named after the figures ("… for the lowest paid 10
 * percent") and the items of a list ("Massachusetts at an average of $66,460, New York at $66,250").
 */
final class PayFigureLinks {

	/** Between a figure and its restatement in the other unit: "an hour or", "(", ", or about". */
	private static final Pattern RESTATED = Pattern.compile("(?i)^\\s*$|^[^$;]{0,60}?(?:\\(|\\bor\\b|,|/|\\bwhich is|\\bequivalent to"
			+ "|\\bequating to|\\b(?:comes|works) out to|\\btranslates (?:in)?to|\\bamounts to)\\s*(?:about|roughly|approximately|nearly|around)?\\s*(?:(?:an?|the)\\s+(?:[a-z]+\\s+){0,3}?(?:of|at|is"
			+ "|was)\\s*)?$");

	/** A top or bottom share named after the figure: "($32,940 annually) for the lowest paid 10 percent". */
	private static final Pattern SHARE_AFTER = Pattern.compile("(?i)^\\W{0,3}(?:(?:an hour|per hour|hourly|a year|per year"
			+ "|annually|yearly)\\W{0,3})?for the (top|highest|upper|lowest|bottom|lower)(?:[- ]paid)?\\s+(\\d{1,2})\\s*"
			+ "(?:%|percent)");

	/** The next item of a list of places: ", New York at", " and New Jersey at". */
	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[,;]?\\s*(?:and\\s+)?(?:followed by\\s+)?[A-Z][A-Za-z. ]{1,30}?"
			+ ",?\\s+(?:at|with)\\s*$");

	private PayFigureLinks() {
	}

	/**
	 * @param after the text after each figure, up to the next figure or the sentence's end
	 * @param drafts the figure read for each amount, or null where the amount is not the occupation's pay
	 */
	static void apply(List<String> after, List<ClaimDraft> drafts) {
		for (int i = 0; i < drafts.size(); i++) {
			Matcher share = SHARE_AFTER.matcher(after.get(i));
			if (drafts.get(i) != null && share.find()) {
				boolean top = share.group(1).toLowerCase().matches("top|highest|upper");
				setShare(drafts.get(i), top ? Statistic.TOP_PERCENT : Statistic.BOTTOM_PERCENT, share);
			}
		}
		for (int i = 0; i + 1 < drafts.size(); i++) {
			ClaimDraft a = drafts.get(i);
			ClaimDraft b = drafts.get(i + 1);
			if (a == null || b == null) {
				continue;
			}
			if (a.unit != b.unit && RESTATED.matcher(after.get(i)).matches()) {
				restated(a, b, after.get(i), after.get(i + 1));
			}
			else if (b.statistic == Statistic.VALUE && LIST_ITEM.matcher(after.get(i)).matches()) {
				copyStatistic(a, b);
				b.period = b.period.isUnstated() ? a.period : b.period;
			}
		}
	}

	/** One figure in two units: a statistic named for either (a share named after the pair wins) and a period. */
	private static void restated(ClaimDraft a, ClaimDraft b, String between, String afterB) {
		if (SHARE_AFTER.matcher(afterB).find() || a.statistic == Statistic.VALUE) {
			copyStatistic(b, a);
		}
		else if (b.statistic == Statistic.VALUE) {
			copyStatistic(a, b);
		}
		// "Oregon at $37.65 or $78,320": the restatement names no place of its own
		b.place = FigureContext.lastPlace(between) == null ? a.place : b.place;
		if (a.period.isUnstated() && !b.period.isUnstated()) {
			a.period = b.period;
		}
		else if (b.period.isUnstated() && !a.period.isUnstated()) {
			b.period = a.period;
		}
	}

	private static void setShare(ClaimDraft d, Statistic statistic, Matcher share) {
		d.statistic = statistic;
		d.percentile = Integer.parseInt(share.group(2));
		d.statisticAsWorded = share.group().replaceFirst("^\\W*(?:[a-z ]+\\W+)?for the ", "").trim();
	}

	static void copyStatistic(ClaimDraft from, ClaimDraft to) {
		to.statistic = from.statistic;
		to.percentile = from.percentile;
		to.statisticAsWorded = from.statisticAsWorded;
	}
}
