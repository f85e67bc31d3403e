package com.careerbrief.ingest.table.mapping;

import com.careerbrief.ingest.table.crosswalk.CrosswalkFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Metric;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.CrosswalkSocCrosswalk;

/**
 * The Projections Central 2020–30 state projections file, as published, read through its column mapping
 * {@code layouts/projections-central-states.properties} alone (no class of its own).
 */
class ProjectionsCentralLayoutTests {

	private static final Path FILE = Path.of("src/test/resources/ingest/projections/"
			+ "projections_central_longterm_2020-30_states.csv");

	private static final List<TableItem> ITEMS = new ArrayList<>();

	private static FileAccounting accounting;

	@BeforeAll
	static void read() throws IOException {
		MappedTableFormat format = new MappedTableFormat(
				ColumnMappings.fromResource("layouts/projections-central-states.properties"),
				CrosswalkFile.load(Path.of("input/crosswalk/soc_2010_to_2018_crosswalk.csv")));
		assertThat(format.accepts(FILE.getFileName().toString(), TableFormats.headLines(FILE))).isTrue();
		try (TableSource source = format.open(FILE)) {
			source.forEachRemaining(ITEMS::add);
			accounting = source.accounting();
		}
	}

	private static List<Figure> line(long line) {
		return ITEMS.stream().filter(i -> i.line() == line).findFirst().orElseThrow().figures();
	}

	/**
	 * Python csv, independently of this code: 34,485 rows of 11 cells = header + 34,484 data rows; every
	 * code is NN-NNNN, none a major group (NN-0000 other than 00-0000); every figure cell is a number.
	 */
	@Test
	void accountsForEveryRow() {
		assertThat(accounting).isEqualTo(new FileAccounting("projections_central_longterm_2020-30_states.csv",
				"Projections Central long-term state projections", 34_484, 34_484, 0, 0, null));
	}

	/** Line 342: " United States", 29-2098, 335000 → 363600 (+28600, 8.5%), 27400 openings a year. */
	@Test
	void nationalHybridMedicalRecordsRowStaysHybrid() {
		List<Figure> figures = line(342);

		assertThat(figures).extracting(Figure::metric, f -> f.value().toPlainString(), f -> f.period().label())
			.containsExactly(tuple(Metric.EMPLOYMENT, "335000", "2020"),
					tuple(Metric.EMPLOYMENT_PROJECTED, "363600", "2030"),
					tuple(Metric.EMPLOYMENT_CHANGE_COUNT, "28600", "2020–30"),
					tuple(Metric.EMPLOYMENT_CHANGE_PERCENT, "8.5", "2020–30"),
					tuple(Metric.OPENINGS, "27400", "2020–30"));
		Figure base = figures.get(0);
		assertThat(base.area()).isEqualTo("United States");
		assertThat(base.areaType()).isEqualTo(AreaType.NATIONAL);
		assertThat(base.socCode()).isEqualTo("29-2098");
		assertThat(base.codeNote()).startsWith("OEWS hybrid code 29-2098");
		assertThat(base.unit()).isEqualTo(Unit.PERSONS);
		assertThat(figures.get(4).statistic()).isEqualTo(Statistic.VALUE);
		assertThat(figures.get(4).period().kind()).isEqualTo(PeriodKind.PROJECTION);
		assertThat(base.source().publisher()).isEqualTo("Projections Central (state labor market information agencies)");
		assertThat(base.source().kind()).isEqualTo(SourceKind.AGENCY);
		assertThat(base.source().sourceId()).isEqualTo("projections-central-2020-2030");
	}

	/** Line 18329: New York 29-2098, 15710 → 18270 (+16.3%), 1450 openings; line 29493: Washington 29-9098. */
	@Test
	void stateRows() {
		List<Figure> newYork = line(18_329);
		List<Figure> washington = line(29_493);

		assertThat(newYork.get(0).area()).isEqualTo("New York");
		assertThat(newYork.get(0).areaType()).isEqualTo(AreaType.STATE);
		assertThat(newYork.get(1).value()).isEqualByComparingTo("18270");
		assertThat(newYork.get(3).value()).isEqualByComparingTo("16.3");
		assertThat(newYork.get(4).value()).isEqualByComparingTo("1450");
		assertThat(washington.get(0).socCode()).isEqualTo("29-9098");
		assertThat(washington.get(0).value()).isEqualByComparingTo("10000");
		assertThat(washington.get(0).source().title())
			.isEqualTo("Long-term occupational projections 2020-2030, Washington");
	}

	/** Line 19: 11-9013 changes by "-.6" percent, a negative change, which is kept. */
	@Test
	void negativeChangesAreKept() {
		assertThat(line(19).get(3).value()).isEqualByComparingTo("-0.6");
		assertThat(line(3).get(2).value()).isEqualByComparingTo("-16800");
	}

}
