package com.careerbrief.reconcile;

import java.util.List;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;

/**
 * One occupation's claims, each judged once against the occupation's official figures
 * ({@link Reconciler#judge}): the reliability estimate counts these judgements over all occupations,
 * and {@link Reconciler#reconcile(JudgedOccupation, SourceReliability)} chooses from the same ones.
 */
public final class JudgedOccupation {

	private final String socCode;

	private final List<Figure> figures;

	private final List<Claim> claims;

	private final OfficialFigures officials;

	private final List<JudgedClaim> judged;

	JudgedOccupation(String socCode, List<Figure> figures, List<Claim> claims, OfficialFigures officials,
			List<JudgedClaim> judged) {
		this.socCode = socCode;
		this.figures = figures;
		this.claims = claims;
		this.officials = officials;
		this.judged = judged;
	}

	public String socCode() {
		return socCode;
	}

	/** Its own and related figures (the wage shape and the ledger of official sources learn from these). */
	List<Figure> figures() {
		return figures;
	}

	List<Claim> claims() {
		return claims;
	}

	OfficialFigures officials() {
		return officials;
	}

	List<JudgedClaim> judged() {
		return judged;
	}

}
