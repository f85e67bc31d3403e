package com.careerbrief.reconcile;

import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Words;

/**
 * Turns non-official table figures (state agencies, the generic figures CSV) into figure claims, so
 * they are judged against official data like any article. Official figures and {@code #} bounds are
 * skipped, and so is an hourly wage whose annual twin from the same row is present. Ids are
 * deterministic: {@code sourceId#L{line}.{METRIC}.{STATISTIC}.{UNIT}}.
 */
public final class ClaimsFromFigures {

	private ClaimsFromFigures() {
	}

	public static List<Claim> convert(List<Figure> figures) {
		List<Claim> out = new ArrayList<>();
		for (Figure f : figures) {
			if (f.source() == null || f.source().kind() == SourceKind.OFFICIAL || f.bound() != Bound.EXACT
					|| OfficialFigures.hasAnnualTwin(f, figures)) {
				continue;
			}
			out.add(claim(f));
		}
		return out;
	}

	/** The claim id a figure becomes. */
	public static String claimId(Figure f) {
		return f.source().sourceId() + "#L" + f.source().line() + "." + f.metric() + "." + f.statistic() + "." + f.unit();
	}

	private static Claim claim(Figure f) {
		String worded = Words.statistic(f.statistic(), 0);
		String text = Words.measure(f.metric(), f.statistic()) + " " + Words.value(f.value(), f.unit(), f.metric())
				+ " (" + f.area() + ", " + f.period().label() + ")";
		return new Claim(claimId(f), f.source().sourceId(), f.socCode(), f.occupationTitle(), true, f.metric(), worded,
				f.statistic(), 0, f.value(), null, f.unit(), f.period(), f.area(), null, f.source().publisher(), null, text,
				f.codeNote(), f.source(), List.of());
	}
}
