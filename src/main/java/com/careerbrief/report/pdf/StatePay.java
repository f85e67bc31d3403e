package com.careerbrief.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;

/** What a state edition leads with: the state's mean annual wage, set against the national mean of the same year. */
final class StatePay {

	private StatePay() {
	}

	/** The state's quick-facts tile (label, value, comparison), when the brief is a state edition with state pay. */
	static Optional<String[]> tile(BriefContext context) {
		return figure(context).map(f -> new String[] { "Mean pay in " + f.area() + ", " + period(f),
				Amounts.money(f.value(), f.unit(), f.bound()) + " per year",
				comparison(context, f).orElse(topCoded(f) ? "Top-code: BLS publishes no exact figure" : publisher(f)) });
	}

	/** The sentence that opens the Pay section of a state edition. */
	static Optional<String> sentence(BriefContext context) {
		return figure(context).map(f -> "In " + f.area() + ", the mean (average) annual wage was " + amount(f) + " ("
				+ publisher(f) + ", " + period(f) + (topCoded(f) ? "; BLS publishes no exact figure above its top-code" : "")
				+ ")" + comparison(context, f).or(() -> noComparison(context, f)).map(c -> "; " + lower(c)).orElse("")
				+ ".");
	}

	private static Optional<Figure> figure(BriefContext context) {
		BriefOptions options = context.options();
		return options.stateLed() ? context.facts().statePay(options.featuredState()) : Optional.empty();
	}

	/** "$48,220", or "at least $239,200" for a top-coded mean: the sign "≥" reads poorly in a sentence. */
	private static String amount(Figure f) {
		String exact = Amounts.money(f.value(), f.unit(), Bound.EXACT);
		return topCoded(f) ? "at least " + exact : exact;
	}

	/**
	 * "8% below the U.S. mean of $52,410 (May 2023)"; only against a national figure of the same year, and only
	 * when it holds whatever the true value behind a top-code is: "at least 12% above" for a top-coded state mean
	 * already above the U.S. mean, nothing for one below it.
	 */
	private static Optional<String> comparison(BriefContext context, Figure state) {
		if (state.period().isUnstated()) {
			return Optional.empty();
		}
		return context.facts().nationalMean(state.period().endYear()).flatMap(n -> difference(state, n)
				.map(how -> capital(how) + " the U.S. mean of " + Amounts.money(n.value(), n.unit(), n.bound()) + " ("
						+ n.period().label() + ")"));
	}

	/** "10% above", "the same as", "at least 3% below"; empty when a top-code leaves the direction unknown. */
	private static Optional<String> difference(Figure state, Figure national) {
		BigDecimal share = state.value().subtract(national.value()).multiply(BigDecimal.valueOf(100));
		if (!topCoded(state) && !topCoded(national)) {
			BigDecimal pct = share.divide(national.value(), 0, RoundingMode.HALF_UP);
			return Optional.of(pct.signum() == 0 ? "the same as" : pct.abs() + "% " + (pct.signum() > 0 ? "above" : "below"));
		}
		// A top-coded side can only be higher than its code: the gap is known at its smallest, and only one way.
		int sign = state.value().compareTo(national.value());
		boolean known = topCoded(state) && !topCoded(national) ? sign >= 0 : !topCoded(state) && topCoded(national) && sign < 0;
		if (!known) {
			return Optional.empty();
		}
		if (sign == 0) {
			return Optional.of("at or above");
		}
		BigDecimal pct = share.abs().divide(national.value(), 0, RoundingMode.DOWN);
		String way = sign > 0 ? "above" : "below";
		return Optional.of(pct.signum() == 0 ? way : "at least " + pct + "% " + way);
	}

	/** "No comparison with the U.S. mean of $449,320 (May 2023) can be made", where a top-code hides the direction. */
	private static Optional<String> noComparison(BriefContext context, Figure state) {
		if (state.period().isUnstated()) {
			return Optional.empty();
		}
		return context.facts().nationalMean(state.period().endYear()).filter(n -> topCoded(state) || topCoded(n))
				.map(n -> "No comparison with the U.S. mean of "
				+ Amounts.money(n.value(), n.unit(), n.bound()) + " (" + n.period().label() + ") can be made");
	}

	private static boolean topCoded(Figure f) {
		return f.bound() == Bound.AT_LEAST;
	}

	private static String period(Figure f) {
		return f.period().isUnstated() ? "year not stated" : f.period().label();
	}

	private static String publisher(Figure f) {
		String p = f.source().publisher() == null ? f.source().sourceId() : f.source().publisher();
		return p.replace("U.S. Bureau of Labor Statistics", "BLS");
	}

	private static String lower(String s) {
		return Character.toLowerCase(s.charAt(0)) + s.substring(1);
	}

	private static String capital(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}
