package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Verdict;

/**
 * Judges one figure claim against the occupation's official figures and writes every verdict it
 * earns, as facts (the official figures compared, the distance, the notes) that {@code report/verdict} puts
 * into words.
 */
final class VerdictWriter {

	private final FigureMatcher matcher;

	private final InflationNote inflation;

	private final HourlyAsAnnual hourlyAsAnnual;

	VerdictWriter(ReconcileProperties props, CpiIndex cpi) {
		this.matcher = new FigureMatcher(props);
		this.inflation = new InflationNote(cpi);
		this.hourlyAsAnnual = new HourlyAsAnnual(props);
	}

	List<Verdict> judge(NormalisedClaim c, OfficialFigures officials) {
		List<Verdict> verdicts = new ArrayList<>(againstOfficial(c, officials));
		SelfContradictionVerdicts.write(c.claim()).ifPresent(verdicts::add);
		return verdicts;
	}

	private List<Verdict> againstOfficial(NormalisedClaim c, OfficialFigures officials) {
		if (c.claim().socCode() == null) {
			return List.of(UncheckableVerdicts.unresolved(c));
		}
		if (!officials.has(c.claim().metric())) {
			return List.of(UncheckableVerdicts.noFigure(c));
		}
		if (c.isRange()) {
			return RangeVerdicts.write(c, officials);
		}
		Optional<Match> best = matcher.best(c, officials);
		if (best.isPresent()) {
			return inflation.annotate(c, best.get(), MatchVerdicts.write(c, best.get(), officials), officials);
		}
		return c.statesProjection() ? ProjectionVerdicts.unmatched(c, officials)
				: hourlyAsAnnual.annotate(c, MissVerdicts.write(c, officials), officials);
	}
}
