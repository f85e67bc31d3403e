package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;

/** Normalises and judges every figure claim of one occupation (fact claims get no verdicts). */
final class ClaimJudge {

	private final ClaimNormaliser normaliser;

	private final VerdictWriter writer;

	ClaimJudge(ReconcileProperties props, CpiIndex cpi) {
		this.normaliser = new ClaimNormaliser(props);
		this.writer = new VerdictWriter(props, cpi);
	}

	List<JudgedClaim> judge(List<Claim> claims, OfficialFigures officials, Map<String, DocumentInfo> documents) {
		List<JudgedClaim> out = new ArrayList<>();
		for (Claim claim : claims) {
			if (!claim.figure() || claim.valueLow() == null || claim.metric() == null || claim.unit() == null) {
				continue;
			}
			NormalisedClaim c = normaliser.normalise(claim, documents.get(claim.documentId()));
			out.add(new JudgedClaim(c, writer.judge(c, officials)));
		}
		return out;
	}
}
