package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Conflict;

/**
 * Finds where non-official sources disagree with each other on a figure no official source publishes:
 * every pooled claim outside the chosen figure's range is put beside it, with each source's weight, so
 * a reader sees the disagreement and why one value was reported.
 */
final class SourceConflicts {

	private SourceConflicts() {
	}

	static List<Conflict> find(String socCode, List<ClaimChooser.Choice> choices, SourceReliability rel) {
		List<Conflict> out = new ArrayList<>();
		for (ClaimChooser.Choice choice : choices) {
			ChosenFigure h = choice.chosen();
			List<JudgedClaim> others = choice.pool().stream().filter(j -> outside(j.claim().low(), h)).toList();
			if (!others.isEmpty()) {
				out.add(conflict(socCode, h, others, rel));
			}
		}
		return out;
	}

	private static boolean outside(BigDecimal v, ChosenFigure h) {
		return v.compareTo(h.low()) < 0 || v.compareTo(h.high()) > 0;
	}

	private static Conflict conflict(String socCode, ChosenFigure h, List<JudgedClaim> others, SourceReliability rel) {
		return new Conflict(socCode, h.metric(), h.area(), h, others.stream().map(j -> new Conflict.Disagreeing(
				j.claim().claim().claimId(), rel.weight(j.claim().claim().source()))).toList(), true);
	}
}
