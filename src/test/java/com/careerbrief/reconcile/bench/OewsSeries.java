package com.careerbrief.reconcile.bench;

import com.careerbrief.ingest.table.crosswalk.CrosswalkFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.oews.OewsNationalTableFormat;
import com.careerbrief.ingest.table.oews.OewsStateTableFormat;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.CrosswalkSocCrosswalk;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * The real BLS OEWS series of the repository's {@code input/}: every national file (2013, 2017–2024) and
 * the May 2023 state means, read by the pipeline's own table readers and mapped to SOC 2018 codes, so
 * that the truth of every generated claim is a published figure.
 */
final class OewsSeries {

	static final int TRUTH_YEAR = 2024;

	static final List<Statistic> STATISTICS = List.of(Statistic.MEAN, Statistic.MEDIAN, Statistic.P10, Statistic.P25,
			Statistic.P75, Statistic.P90);

	/** Per SOC 2018 code, its national figures of every year (own code only) and its state figures. */
	private final Map<String, List<Figure>> national;

	private final Map<String, List<Figure>> state;

	private final Map<List<Object>, Optional<BigDecimal>> values = new java.util.HashMap<>();

	private OewsSeries(Map<String, List<Figure>> national, Map<String, List<Figure>> state) {
		this.national = national;
		this.state = state;
	}

	static OewsSeries load(Path input) throws IOException {
		SocCrosswalk crosswalk = CrosswalkFile.load(input.resolve("crosswalk/soc_2010_to_2018_crosswalk.csv"));
		Map<String, List<Figure>> national = new TreeMap<>();
		try (Stream<Path> files = Files.list(input.resolve("oews/national"))) {
			for (Path file : files.sorted().toList()) {
				read(new OewsNationalTableFormat(crosswalk), file, national);
			}
		}
		Map<String, List<Figure>> state = new TreeMap<>();
		read(new OewsStateTableFormat(crosswalk), input.resolve("oews/state/state_M2023_dl.reduced_semicolon.csv"), state);
		return new OewsSeries(national, state);
	}

	private static void read(TableFormat format, Path file, Map<String, List<Figure>> into) throws IOException {
		try (TableSource source = format.open(file)) {
			while (source.hasNext()) {
				TableItem item = source.next();
				item.figures().forEach(f -> into.computeIfAbsent(f.socCode(), k -> new ArrayList<>()).add(f));
			}
		}
	}

	/** Codes with a May 2024 national annual median, in code order. */
	List<String> codes() {
		return national.keySet().stream().filter(c -> annual(c, Statistic.MEDIAN, TRUTH_YEAR).isPresent()).toList();
	}

	/** Every official national figure of a code (all years, annual and hourly, employment). */
	List<Figure> nationalFigures(String soc) {
		return national.getOrDefault(soc, List.of());
	}

	/** The May 2023 state figures of a code (means, annual and hourly). */
	List<Figure> stateFigures(String soc) {
		return state.getOrDefault(soc, List.of());
	}

	Optional<BigDecimal> annual(String soc, Statistic statistic, int year) {
		return cached(soc, statistic, Unit.USD_PER_YEAR, year);
	}

	Optional<BigDecimal> hourly(String soc, Statistic statistic, int year) {
		return cached(soc, statistic, Unit.USD_PER_HOUR, year);
	}

	/** Look-ups repeat for every claim generated, so each answer is kept. */
	private Optional<BigDecimal> cached(String soc, Statistic statistic, Unit unit, int year) {
		return values.computeIfAbsent(List.of(soc, statistic, unit, year),
				k -> value(nationalFigures(soc), statistic, unit, year));
	}

	/** Annual state means of May 2023, by state. */
	Map<String, BigDecimal> stateMeans(String soc) {
		Map<String, BigDecimal> out = new TreeMap<>();
		stateFigures(soc).stream().filter(f -> f.unit() == Unit.USD_PER_YEAR && f.statistic() == Statistic.MEAN
				&& f.bound() == Bound.EXACT).forEach(f -> out.put(f.area(), f.value()));
		return out;
	}

	/**
	 * The single exact value of a statistic in a year; empty when absent, top-coded ({@code #}) or
	 * ambiguous (two SOC 2010 codes merged into one 2018 code with different values).
	 */
	private static Optional<BigDecimal> value(List<Figure> figures, Statistic statistic, Unit unit, int year) {
		List<Figure> hits = figures.stream().filter(f -> f.metric() == Metric.WAGE && f.statistic() == statistic
				&& f.unit() == unit && f.period().endYear() == year).toList();
		if (hits.isEmpty() || hits.stream().anyMatch(f -> f.bound() != Bound.EXACT)
				|| hits.stream().map(f -> f.value().stripTrailingZeros()).distinct().count() > 1) {
			return Optional.empty();
		}
		return Optional.of(hits.get(0).value());
	}
}
