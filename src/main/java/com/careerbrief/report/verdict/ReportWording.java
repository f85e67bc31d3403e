package com.careerbrief.report.verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Note;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.model.Why;
import com.careerbrief.model.Words;

/**
 * Every sentence the reports say about one occupation's claims: each verdict's statement of the claim and
 * its finding, why each chosen figure holds, and each conflict's candidates and explanation. The workbook
 * and the brief both read them from here, made from the facts reconciliation recorded.
 */
public final class ReportWording {

	private final Map<String, Claim> claims = new HashMap<>();

	private final Map<String, List<Verdict>> verdicts = new HashMap<>();

	/**
	 * @param claims the occupation's claims, each id once (a verdict is worded from the claim its id names)
	 * @param verdicts the verdicts on them
	 */
	public ReportWording(List<Claim> claims, List<Verdict> verdicts) {
		for (Claim c : claims) {
			Claim other = this.claims.putIfAbsent(c.claimId(), c);
			if (other != null && !other.equals(c)) {
				throw new IllegalStateException("Two claims of one occupation share the id " + c.claimId()
						+ ", so their verdicts cannot be worded apart: \"" + other.text() + "\" and \"" + c.text() + "\"");
			}
		}
		verdicts.forEach(v -> this.verdicts.computeIfAbsent(v.claimId(), k -> new ArrayList<>()).add(v));
	}

	public static ReportWording of(OccupationReport report) {
		return new ReportWording(report.claims(), report.verdicts());
	}

	/** The sentence that states the claim ("An article says the average is $37,110 (2015)."), or empty. */
	public String says(Verdict v) {
		return FindingSentences.says(stated(v.claimId(), v.footing()), v.finding());
	}

	/** What the official data says of the claim, with the verdict's notes after it. */
	public String finding(Verdict v) {
		StatedClaim c = stated(v.claimId(), v.footing());
		StringBuilder text = new StringBuilder(FindingSentences.finding(c, v));
		for (Note note : v.notes()) {
			text.append(' ').append(NoteSentences.of(c, note));
		}
		return text.toString();
	}

	/** The whole reason, as the workbook's Reasons column shows it: the statement, then the finding. */
	public String reason(Verdict v) {
		String says = says(v);
		String finding = finding(v);
		return says.isEmpty() ? finding : finding.isEmpty() ? says : says + " " + finding;
	}

	/** Why the figure holds. */
	public String why(ChosenFigure chosen) {
		Why why = chosen.why();
		if (why instanceof Why.NewestOfficial n) {
			return newestOfficial(chosen, n);
		}
		if (why instanceof Why.FromSources s) {
			return fromSources(s);
		}
		throw new IllegalArgumentException("No words for " + why);
	}

	/** The competing values, the one that holds first, each as "value (statistic, period, source)". */
	public List<String> candidates(Conflict conflict) {
		ChosenFigure h = conflict.chosen();
		Set<String> candidates = new LinkedHashSet<>();
		candidates.add(value(h) + " (" + Words.measure(h.metric(), h.statistic()) + ", " + h.period().label() + ", "
				+ Words.sourceLabel(h.source()) + ")");
		conflict.others().forEach(o -> candidates.add(disagreeing(o.claimId()).candidate()));
		return new ArrayList<>(candidates);
	}

	/** Why the chosen figure holds and what each disagreeing source says. */
	public String explanation(Conflict conflict) {
		ChosenFigure h = conflict.chosen();
		if (conflict.noOfficial()) {
			StringBuilder why = new StringBuilder("No official figure is in the data and the sources disagree. " + why(h));
			for (Conflict.Disagreeing o : conflict.others()) {
				StatedClaim c = disagreeing(o.claimId());
				why.append(' ').append(Words.who(c.claim().source())).append(" gives ").append(c.claimed())
					.append(String.format(Locale.US, " (source weight %.2f).", o.sourceWeight()));
			}
			return why.toString();
		}
		boolean official = h.source() != null && h.source().kind() == SourceKind.OFFICIAL;
		StringBuilder why = new StringBuilder("The figure that holds is the " + Words.measure(h.metric(), h.statistic()) + " "
				+ h.period().label() + ": " + value(h) + " ("
				+ Words.sourceLabel(h.source()) + ")" + (official ? ", the newest official figure." : ". " + why(h)));
		for (Conflict.Disagreeing o : conflict.others()) {
			why.append(' ').append(mainReason(verdicts.getOrDefault(o.claimId(), List.of())));
		}
		return why.toString();
	}

	/** The verdict that says most about the disagreement (the conflict, else the match, else the first), then the others. */
	private String mainReason(List<Verdict> of) {
		for (VerdictKind k : List.of(VerdictKind.CONFLICTS, VerdictKind.MATCHES, VerdictKind.ROUNDED, VerdictKind.UNCHECKABLE)) {
			for (Verdict v : of) {
				if (v.kind() == k) {
					StringBuilder s = new StringBuilder(reason(v));
					of.stream().filter(o -> o != v && o.kind() != VerdictKind.UNCHECKABLE)
						.forEach(o -> s.append(' ').append(reason(o)));
					return s.toString();
				}
			}
		}
		return reason(of.get(0));
	}

	private static String newestOfficial(ChosenFigure c, Why.NewestOfficial n) {
		String bound = c.bound() == Bound.AT_LEAST ? "at least " : c.bound() == Bound.BELOW ? "fewer than " : "";
		StringBuilder text = new StringBuilder("Newest official " + Words.measure(c.metric(), c.statistic()) + ": " + bound
				+ value(c) + " " + Words.when(c.period()) + " ("
				+ Words.source(c.source(), n.hybridCode(), n.olderCode()) + ").");
		if (n.olderSetAside() > 0) {
			text.append(" ").append(n.olderSetAside())
				.append(n.olderSetAside() == 1 ? " older official figure was" : " older official figures were")
				.append(" set aside.");
		}
		if (n.hybridCode() != null) {
			text.append(" It is published only for the wider hybrid code ").append(n.hybridCode()).append('.');
		}
		if (n.dated()) {
			text.append(" A newer official release measures this differently, so this figure is dated.");
		}
		if (n.agreeing() > 0) {
			text.append(" ").append(n.agreeing()).append(n.agreeing() == 1 ? " other source agrees." : " other sources agree.");
		}
		return text.toString();
	}

	private String fromSources(Why.FromSources s) {
		StatedClaim c = stated(s.claimId(), s.footing());
		String worded = s.reworded() ? " (worded \u201c" + c.claim().statisticAsWorded() + "\u201d)" : "";
		String text = "No official figure is in the data; " + Words.who(c.claim().source()) + " gives " + c.claimed() + worded
				+ (s.pool() == 1 ? ", the only non-official figure" + (s.setAside() > 0 ? " not dated before " + s.datedBefore() : "")
						: ", backed by " + s.agreeing() + " of " + s.pool()
								+ " non-official figures weighted by how often each source agrees with official data")
				+ String.format(Locale.US, " (source weight %.2f).", s.weight())
				+ (s.setAside() == 0 ? ""
						: " " + s.setAside() + (s.setAside() == 1 ? " other figure, dated before " + s.datedBefore() + ", was"
								: " other figures, dated before " + s.datedBefore() + ", were") + " set aside as older.");
		if (s.outvoted() == null) {
			return text;
		}
		StatedClaim outvoted = stated(s.outvoted().claimId(), s.outvoted().footing());
		return text + " Chosen over " + outvoted.claimed() + " (" + Words.who(outvoted.claim().source()) + "), which has "
				+ (s.outvoted().moreWeight() ? "more" : "as much") + " source weight, because it fits this occupation's other"
				+ " pay figures as official data for other occupations shows (the usual gaps between percentiles and the mean).";
	}

	/** "$50,250": the chosen figure's value. */
	private static String value(ChosenFigure c) {
		return Words.value(c.value(), c.unit(), c.metric());
	}

	/** A disagreeing claim on the footing its verdicts record. */
	private StatedClaim disagreeing(String claimId) {
		Footing footing = verdicts.getOrDefault(claimId, List.of()).stream().map(Verdict::footing).filter(Objects::nonNull)
			.findFirst().orElse(null);
		return stated(claimId, footing);
	}

	private StatedClaim stated(String claimId, Footing footing) {
		Claim claim = claims.get(claimId);
		if (claim == null) {
			throw new IllegalStateException("A verdict or conflict names the claim " + claimId
					+ ", which is not among the occupation's claims");
		}
		return new StatedClaim(claim, footing);
	}
}
