package com.careerbrief.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Words;

/**
 * The states for which a state agency's pay figure differs from the BLS one: the brief names both figures
 * and their vintages beside the state table (under the median chart), so a counselor who meets the agency's figure knows it is official
 * too, and why the two may differ (seed-claims.md: New York DOL and Washington ESD against BLS May 2023).
 */
final class OfficialDisagreements {

	private OfficialDisagreements() {
	}

	/** "Official sources differ for New York: BLS mean $60,510 (May 2023); New York State Department of Labor …". */
	static Optional<String> sentence(BriefContext context) {
		Map<String, Claim> claims = context.facts().report().claims().stream()
			.collect(Collectors.toMap(Claim::claimId, Function.identity(), (a, b) -> a));
		List<String> states = new ArrayList<>();
		for (Conflict conflict : context.facts().report().conflicts()) {
			ChosenFigure held = conflict.chosen();
			if (conflict.metric() != Metric.WAGE || !official(held.source()) || !UsStates.isStateName(conflict.area())) {
				continue;
			}
			List<String> agencies = conflict.others().stream().map(d -> claims.get(d.claimId()))
				.filter(c -> c != null && c.fromTable() && c.source().kind() == SourceKind.AGENCY)
				// "At least $239,200" does not differ from an agency's $323,440: the code is all BLS says.
				.filter(c -> held.bound() != Bound.AT_LEAST || c.unit() != held.unit() || c.valueLow().compareTo(held.value()) < 0)
				.map(c -> publisher(c.source()) + " " + Words.statistic(c.statistic(), c.percentile()) + " "
						+ Amounts.money(c.valueLow(), c.unit(), null) + " (" + vintage(c.period()) + ")")
				.toList();
			if (!agencies.isEmpty()) {
				states.add(conflict.area() + ": " + publisher(held.source()) + " " + Words.statistic(held.statistic(), 0)
						+ " " + Amounts.money(held.value(), held.unit(), held.bound()) + " (" + vintage(held.period()) + "); "
						+ String.join("; ", agencies));
			}
		}
		if (states.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("Official sources differ for " + String.join(". For ", states) + ". A state's own release may "
				+ "use another survey panel or reference period, so both are official; the workbook's Conflicts sheet "
				+ "explains each.");
	}

	private static boolean official(SourceRef source) {
		return source != null && source.kind() == SourceKind.OFFICIAL;
	}

	private static String publisher(SourceRef source) {
		String publisher = source.publisher() == null ? source.sourceId() : source.publisher();
		return publisher.replace("U.S. Bureau of Labor Statistics", "BLS");
	}

	private static String vintage(Period period) {
		return period == null || period.isUnstated() ? "year not stated" : period.label();
	}
}
