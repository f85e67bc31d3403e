package com.careerbrief.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.careerbrief.model.Figure;

/** What a state edition leads with: the state's mean annual wage, set against the national mean of the same year. */
final class StatePay {

	private StatePay() {
	}

	/** The state's quick-facts tile (label, value, comparison), when the brief is a state edition with state pay. */
	static Optional<String[]> tile(BriefContext context) {
		return figure(context).map(f -> new String[] { "Mean pay in " + f.area() + ", " + period(f),
				Amounts.money(f.value(), f.unit(), f.bound()) + " per year",
				comparison(context, f).orElse(publisher(f)) });
	}

	/** The sentence that opens the Pay section of a state edition. */
	static Optional<String> sentence(BriefContext context) {
		return figure(context).map(f -> "In " + f.area() + ", the mean (average) annual wage was "
				+ Amounts.money(f.value(), f.unit(), f.bound()) + " (" + publisher(f) + ", " + period(f) + ")"
				+ comparison(context, f).map(c -> "; " + c.substring(0, 1).toLowerCase() + c.substring(1)).orElse("")
				+ ".");
	}

	private static Optional<Figure> figure(BriefContext context) {
		BriefOptions options = context.options();
		return options.stateLed() ? context.facts().statePay(options.featuredState()) : Optional.empty();
	}

	/** "8% below the U.S. mean of $52,410 (May 2023)"; only against a national figure of the same year. */
	private static Optional<String> comparison(BriefContext context, Figure state) {
		if (state.period().isUnstated()) {
			return Optional.empty();
		}
		return context.facts().nationalMean(state.period().endYear()).map(n -> {
			BigDecimal pct = state.value().subtract(n.value()).multiply(BigDecimal.valueOf(100))
					.divide(n.value(), 0, RoundingMode.HALF_UP);
			String how = pct.signum() == 0 ? "the same as" : pct.abs() + "% " + (pct.signum() > 0 ? "above" : "below");
			return capital(how) + " the U.S. mean of " + Amounts.money(n.value(), n.unit(), n.bound()) + " ("
					+ n.period().label() + ")";
		});
	}

	private static String period(Figure f) {
		return f.period().isUnstated() ? "year not stated" : f.period().label();
	}

	private static String publisher(Figure f) {
		String p = f.source().publisher() == null ? f.source().sourceId() : f.source().publisher();
		return p.replace("U.S. Bureau of Labor Statistics", "BLS");
	}

	private static String capital(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
