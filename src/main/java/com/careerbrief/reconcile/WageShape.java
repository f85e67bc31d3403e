package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * How an occupation's pay statistics sit against each other, learned from official data: for each two of
 * the 10th, 25th, 50th, 75th, 90th percentile and the mean, the density of the log-ratio of their annual
 * values across every occupation and survey year that publishes both (a kernel estimate with a wide tail).
 * A set of candidate figures for one occupation and place is then scored by how well it fits: the figures
 * are linked in a chain (each percentile to the next one present, the mean to the median), and each link
 * adds the log of (learned density / broad density) of its ratio. A wrong first digit or a neighbouring
 * occupation's figure seldom fits the figures the other sources give for the other statistics, which is
 * how the chooser tells a lone right value from a lone wrong one. Learned from national figures and applied
 * to any place (a state's pay is spread much like the nation's). Learned, never assumed: with fewer than
 * {@link #MIN_OCCUPATIONS} examples of a pair of statistics, that pair says nothing.
 */
public final class WageShape {

	/** The statistics whose ratios are modelled, in the order percentiles rise (the mean last). */
	static final List<Statistic> STATISTICS = List.of(Statistic.P10, Statistic.P25, Statistic.MEDIAN, Statistic.P75,
			Statistic.P90, Statistic.MEAN);

	static final int MIN_OCCUPATIONS = 30;

	/** Spread (in log-ratio) of the broad alternative: a figure that belongs to something else. */
	private static final double BROAD_SD = 0.5;

	/** Share of the fit density given to a wide tail, so that an occupation odder than any seen is not ruled out. */
	private static final double TAIL_SHARE = 0.02;

	private static final double TAIL_WIDTH = 6;

	/** The density is tabulated over ±{@link #HALF_RANGE} of the median log-ratio in steps of {@link #STEP}. */
	private static final double HALF_RANGE = 3;

	private static final double STEP = 0.005;

	private final Map<Statistic, Map<Statistic, Density>> model;

	private WageShape(Map<Statistic, Map<Statistic, Density>> model) {
		this.model = model;
	}

	/** Nothing learned: every set of figures fits equally. */
	public static WageShape none() {
		return new WageShape(Map.of());
	}

	/**
	 * Learns the typical ratios from the official national annual pay figures (exact values only; a
	 * top-coded "≥ $239,200" says nothing of the shape), one example per occupation × publication × survey
	 * period.
	 */
	public static WageShape learn(Collection<? extends Collection<Figure>> figuresBySoc) {
		Map<List<Object>, Map<Statistic, Double>> groups = new LinkedHashMap<>();
		for (Collection<Figure> figures : figuresBySoc) {
			for (Figure f : figures) {
				if (f.metric() == Metric.WAGE && f.unit() == Unit.USD_PER_YEAR && f.areaType() == AreaType.NATIONAL
						&& f.bound() == Bound.EXACT && f.source() != null && f.source().kind() == SourceKind.OFFICIAL
						&& STATISTICS.contains(f.statistic()) && f.value().signum() > 0 && f.period() != null) {
					groups.computeIfAbsent(List.of(f.socCode(), f.source().sourceId(), f.period().toString()),
							k -> new EnumMap<>(Statistic.class)).putIfAbsent(f.statistic(), Math.log(f.value().doubleValue()));
				}
			}
		}
		Map<Statistic, Map<Statistic, Density>> model = new EnumMap<>(Statistic.class);
		for (Statistic a : STATISTICS) {
			for (Statistic b : STATISTICS) {
				// Learned in the chain's direction (lower percentile first, the mean last), the way fit() looks them up.
				if (STATISTICS.indexOf(a) < STATISTICS.indexOf(b)) {
					List<Double> ratios = new ArrayList<>();
					groups.values().forEach(g -> {
						if (g.containsKey(a) && g.containsKey(b)) {
							ratios.add(g.get(a) - g.get(b));
						}
					});
					if (ratios.size() >= MIN_OCCUPATIONS) {
						model.computeIfAbsent(a, k -> new EnumMap<>(Statistic.class)).put(b, Density.of(ratios));
					}
				}
			}
		}
		return new WageShape(model);
	}

	/** True when nothing was learned. */
	public boolean isEmpty() {
		return model.isEmpty();
	}

	/**
	 * How well a set of annual pay figures of one occupation and place fits the learned shape: positive when
	 * it fits better than figures of unrelated things would, negative when it does not. The figures are
	 * linked in a chain, each percentile to the next one present and the mean to the median (else the
	 * nearest percentile present), and each link adds the log of (learned density / broad density) of its
	 * log-ratio; so a value out of line costs at most two links, not one per other statistic. Statistics
	 * that are absent, or pairs never learned, add nothing.
	 */
	public double fit(Map<Statistic, BigDecimal> values) {
		double sum = 0;
		Statistic previous = null;
		for (Statistic s : List.of(Statistic.P10, Statistic.P25, Statistic.MEDIAN, Statistic.P75, Statistic.P90)) {
			if (present(values, s)) {
				sum += previous == null ? 0 : link(values, previous, s);
				previous = s;
			}
		}
		if (present(values, Statistic.MEAN)) {
			for (Statistic s : List.of(Statistic.MEDIAN, Statistic.P75, Statistic.P25, Statistic.P90, Statistic.P10)) {
				if (present(values, s)) {
					sum += link(values, s, Statistic.MEAN);
					break;
				}
			}
		}
		return sum;
	}

	private static boolean present(Map<Statistic, BigDecimal> values, Statistic s) {
		return values.get(s) != null && values.get(s).signum() > 0;
	}

	private double link(Map<Statistic, BigDecimal> values, Statistic a, Statistic b) {
		Density d = model.getOrDefault(a, Map.of()).get(b);
		return d == null ? 0 : d.logLikelihoodRatio(Math.log(values.get(a).doubleValue()) - Math.log(values.get(b).doubleValue()));
	}

	/**
	 * The learned density of one log-ratio: a Gaussian kernel estimate (Silverman's bandwidth) of the
	 * examples, mixed with a wide tail, tabulated once.
	 */
	private record Density(double centre, double[] logRatio) {

		static Density of(List<Double> xs) {
			double centre = median(xs);
			double spread = Math.max(0.005, 1.4826 * median(xs.stream().map(x -> Math.abs(x - centre)).toList()));
			double bandwidth = Math.max(0.005, 0.9 * spread * Math.pow(xs.size(), -0.2));
			int bins = (int) Math.round(2 * HALF_RANGE / STEP) + 1;
			double[] kde = new double[bins];
			for (double x : xs) {
				int from = Math.max(0, (int) Math.floor((x - 5 * bandwidth - centre + HALF_RANGE) / STEP));
				int to = Math.min(bins - 1, (int) Math.ceil((x + 5 * bandwidth - centre + HALF_RANGE) / STEP));
				for (int i = from; i <= to; i++) {
					kde[i] += normal(centre - HALF_RANGE + i * STEP, x, bandwidth) / xs.size();
				}
			}
			double[] table = new double[bins];
			for (int i = 0; i < bins; i++) {
				double x = centre - HALF_RANGE + i * STEP;
				double fit = (1 - TAIL_SHARE) * kde[i] + TAIL_SHARE * normal(x, centre, Math.max(TAIL_WIDTH * spread, BROAD_SD));
				table[i] = Math.log(fit) - Math.log(normal(x, centre, BROAD_SD));
			}
			return new Density(centre, table);
		}

		double logLikelihoodRatio(double x) {
			int i = (int) Math.round((x - centre + HALF_RANGE) / STEP);
			return logRatio[Math.max(0, Math.min(logRatio.length - 1, i))];
		}
	}

	private static double normal(double x, double mu, double sd) {
		double z = (x - mu) / sd;
		return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
	}

	private static double median(List<Double> xs) {
		List<Double> sorted = xs.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
