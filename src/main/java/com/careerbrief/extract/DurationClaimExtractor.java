package com.careerbrief.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Reads durations (program length, years of experience, time to promotion) and continuing-education
 * hours with their renewal cycle from sentences.
 */
final class DurationClaimExtractor {

	private static final String N = NumberText.NUMBER;

	private static final Pattern DURATION = Pattern.compile("(?i)((?:up to|about|around|approximately|roughly|at least"
			+ "|at most|less than|nearly|over|more than|typically|usually|under)\\s+)?\\b(" + N + "|an?)(?:\\s*-?\\s*(?:-|–|to|or)\\s*("
			+ N + "))?[\\s-]+(years?|months?|weeks?|yrs?|wks?)\\b");

	private static final Pattern EXCLUDED_BEFORE = Pattern.compile("(?i)\\b(?:within|next|past|last|every|each|after|per"
			+ "|in|than (?:those|workers|people|someone|others) who (?:have|has|had)|without an?)\\s+$");

	private static final Pattern EXCLUDED_AFTER = Pattern.compile("(?i)^\\s*(?:old|ago|later)\\b|^-old");

	private static final Pattern OF_SUBJECT = Pattern.compile("(?i)^\\s+of\\s+((?:[a-z-]+\\s+){0,2}(?:experience|training"
			+ "|study|schooling|education|work|practice|coursework))");

	private static final Pattern SUBJECT = Pattern.compile("(?i)(certificate(?: course| program)?|diploma(?: program)?"
			+ "|associate(?:'s|’s)? degree|bachelor(?:'s|’s)? degree|master(?:'s|’s)? degree|doctoral degree|degree|program"
			+ "|course|training|apprenticeship|internship|residency|fellowship|promotion|experience)");

	/** The noun a hyphenated duration qualifies: "a 12-week course", "a four-year bachelor's degree". */
	private static final Pattern MODIFIED = Pattern.compile("(?i)^\\s+(?:[a-z'’]+\\s+){0,2}?" + SUBJECT.pattern()
		.substring(4) + "\\b");

	private static final Pattern CE_HOURS = Pattern.compile("(?i)\\b(" + N + ")\\s+(?:or more\\s+)?(?:(?:continuing[- ]education|CE|CEU"
			+ "|contact)\\s+)?hours\\b(?!\\s+(?:a|per|each)\\s+(?:week|day))");

	private static final Pattern CE_CONTEXT = Pattern.compile("(?i)education|\\bCEUs?\\b|continuing|training|credits|renew");

	/**
	 * Hours that keep a licence ("continuing education", "CEUs", "to renew", or any hours with a renewal cycle),
	 * not a program's length.
	 */
	private static final Pattern CONTINUING = Pattern.compile("(?i)continuing|\\bCEUs?\\b|\\bCE\\b|renew");

	private static final Pattern CYCLE = Pattern.compile("(?i)\\b(every|each|after|per|within)\\s+((?:" + N
			+ ")\\s+)?(years?|months?)|\\b(annually|biennially)\\b");

	List<ClaimDraft> extract(Sentence s, ExtractionContext ctx) {
		List<ClaimDraft> drafts = new ArrayList<>();
		String t = s.text();
		Matcher m = DURATION.matcher(t);
		int clauseStart = 0;
		while (m.find()) {
			String before = t.substring(0, m.start());
			boolean bareArticle = m.group(2).matches("(?i)an?") && (m.group(1) == null || m.group(3) != null);
			if (bareArticle || EXCLUDED_BEFORE.matcher(before).find() || EXCLUDED_AFTER.matcher(t.substring(m.end())).find()) {
				continue;
			}
			String subject = subject(t.substring(clauseStart, m.start()), t.substring(m.end()), m.group().matches("(?is).*\\S-[a-z]+$"));
			clauseStart = m.end();
			if (subject != null) {
				drafts.add(duration(s, ctx, m, subject));
			}
		}
		Matcher h = CE_HOURS.matcher(t);
		if (h.find() && CE_CONTEXT.matcher(t).find()) {
			drafts.add(hours(s, ctx, h));
		}
		return drafts;
	}

	private static String subject(String leading, String trailing, boolean adjectival) {
		Matcher modified = MODIFIED.matcher(trailing);
		if (adjectival && modified.find()) {
			return modified.group(1).toLowerCase().replace('’', '\'');
		}
		Matcher of = OF_SUBJECT.matcher(trailing);
		if (of.find()) {
			return of.group(1).toLowerCase();
		}
		Matcher m = SUBJECT.matcher(leading);
		String last = null;
		while (m.find()) {
			last = m.group(1).toLowerCase().replace('’', '\'');
		}
		return last;
	}

	private ClaimDraft duration(Sentence s, ExtractionContext ctx, Matcher m, String subject) {
		String word = m.group(4).toLowerCase();
		Unit unit = word.startsWith("m") ? Unit.MONTHS : word.startsWith("w") ? Unit.WEEKS : Unit.YEARS;
		BigDecimal high = m.group(3) == null ? null : NumberText.parse(m.group(3));
		ClaimDraft d = ClaimDraft.figure(Metric.DURATION, Statistic.VALUE, NumberText.parse(m.group(2)), high, unit);
		d.statisticAsWorded = m.group().trim();
		d.text = subject + ": " + plain(d.valueLow) + (high == null ? "" : "–" + plain(high)) + " "
				+ unit.name().toLowerCase();
		return common(d, s, ctx);
	}

	private ClaimDraft hours(Sentence s, ExtractionContext ctx, Matcher h) {
		ClaimDraft d = ClaimDraft.figure(Metric.HOURS, Statistic.VALUE, NumberText.parse(h.group(1)), null, Unit.HOURS);
		d.statisticAsWorded = h.group();
		Matcher cycle = CYCLE.matcher(s.text());
		d.detail = cycle.find() ? "cycle: " + cycle.group().trim() : null;
		String of = d.detail != null || CONTINUING.matcher(s.text()).find() ? " of continuing education" : " of training";
		// "20 hours of continuing education after two years", as a reader would say it
		d.text = plain(d.valueLow) + " hours" + of + (d.detail == null ? "" : " " + cycle.group().trim());
		return common(d, s, ctx);
	}

	private static ClaimDraft common(ClaimDraft d, Sentence s, ExtractionContext ctx) {
		d.period = ctx.inheritedPeriod();
		d.place = FigureContext.UNITED_STATES;
		d.attribution = FigureContext.attribution(s, ctx);
		return d.quote(s.quote());
	}

	private static String plain(BigDecimal v) {
		return v.stripTrailingZeros().toPlainString();
	}
}
