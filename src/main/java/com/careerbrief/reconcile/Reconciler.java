package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.Verdict;

/**
 * Reconciles one occupation: judges every figure claim against all its official figures, chooses the
 * figures that hold and lists where sources disagree.
 */
public final class Reconciler {

	private final ReconcileProperties props;

	private final ClaimJudge judge;

	private final ClaimChooser claimChooser;

	/** A reconciler without a CPI table: no wage is restated in today's dollars. */
	public Reconciler(ReconcileProperties props) {
		this(props, CpiIndex.none());
	}

	/**
	 * A reconciler that, given CPI-U annual averages, adds to each outdated wage claim its value in the
	 * dollars of today's figure (labelled as adjusted; verdicts unchanged).
	 */
	public Reconciler(ReconcileProperties props, CpiIndex cpi) {
		this.props = props;
		this.judge = new ClaimJudge(props, cpi);
		this.claimChooser = new ClaimChooser(props);
	}

	/** As {@link #reconcile(Occupation, List, List, List, List, SourceReliability)} with no document dates. */
	public ReconciledOccupation reconcile(Occupation occupation, List<Figure> own, List<Figure> related, List<Claim> claims,
			SourceReliability reliability) {
		return reconcile(occupation, own, related, claims, List.of(), reliability);
	}

	/**
	 * Reconciles one occupation.
	 * @param occupation the occupation (its SOC 2018 code decides which figures are its own)
	 * @param own figures published under its code, including older codes mapped to it (29-2071 → 29-2072);
	 *        only OFFICIAL ones are used: convert the others with {@link ClaimsFromFigures} and pass them as claims
	 * @param related figures of hybrid codes that contain it (29-2098); matches to them are DIFFERENT_SCOPE
	 * @param claims its claims: article claims and claims made from agency figures; fact claims are ignored
	 * @param documents the claims' documents, so an undated claim inherits its document's date; may be empty
	 * @param reliability source weights from {@link SourceReliability#estimate}, used when no official figure exists
	 */
	public ReconciledOccupation reconcile(Occupation occupation, List<Figure> own, List<Figure> related, List<Claim> claims,
			List<DocumentInfo> documents, SourceReliability reliability) {
		return reconcile(judge(occupation, own, related, claims, documents), reliability);
	}

	/**
	 * Judges every figure claim of one occupation against all its official figures, once: the reliability
	 * estimate counts these judgements, and {@link #reconcile(JudgedOccupation, SourceReliability)} chooses
	 * from them. The parameters are those of {@link #reconcile(Occupation, List, List, List, List, SourceReliability)}.
	 */
	public JudgedOccupation judge(Occupation occupation, List<Figure> own, List<Figure> related, List<Claim> claims,
			List<DocumentInfo> documents) {
		List<Figure> all = new ArrayList<>(own);
		all.addAll(related);
		OfficialFigures officials = OfficialFigures.of(occupation.socCode(), all, props);
		Map<String, DocumentInfo> byId = new LinkedHashMap<>();
		documents.forEach(d -> byId.put(d.documentId(), d));
		return new JudgedOccupation(occupation.socCode(), all, claims, officials, judge.judge(claims, officials, byId));
	}

	/** Chooses the figures that hold and lists where sources disagree, from claims judged by {@link #judge}. */
	public ReconciledOccupation reconcile(JudgedOccupation occupation, SourceReliability reliability) {
		String soc = occupation.socCode();
		OfficialFigures officials = occupation.officials();
		List<JudgedClaim> judged = occupation.judged();
		List<Verdict> verdicts = judged.stream().flatMap(j -> j.verdicts().stream()).toList();
		List<ChosenFigure> chosen = new ArrayList<>(OfficialChooser.choose(soc, officials, judged));
		List<ClaimChooser.Choice> choices = claimChooser.choose(soc, officials, judged, reliability);
		choices.forEach(c -> chosen.add(c.chosen()));
		List<Conflict> conflicts = new ArrayList<>(ConflictFinder.find(soc, chosen, judged));
		conflicts.addAll(SourceConflicts.find(soc, choices, reliability));
		return new ReconciledOccupation(verdicts, chosen, conflicts);
	}
}
