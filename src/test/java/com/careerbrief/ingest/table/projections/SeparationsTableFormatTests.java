package com.careerbrief.ingest.table.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * EP 2024–34 Table 1.10 (separations and openings), the real file as published. It is a test resource,
 * not a default input: its employment, change and openings figures repeat Table 1.2 of the same vintage.
 */
class SeparationsTableFormatTests {

	private static final Path FILE = Path.of("src/test/resources/ingest/projections/"
			+ "ep_2024-34_table1.10_separations_openings.csv");

	private final ProjectionsTableFormat format = new ProjectionsTableFormat(SocCrosswalk.identity());

	private final List<TableItem> items = new ArrayList<>();

	private FileAccounting read() throws IOException {
		assertThat(format.accepts(FILE.getFileName().toString(), TableFormats.headLines(FILE))).isTrue();
		try (TableSource source = format.open(FILE)) {
			source.forEachRemaining(items::add);
			return source.accounting();
		}
	}

	/**
	 * Python csv, independently of this code: 1,116 rows = title + header + 1,114 data rows of 14 cells;
	 * column 3 counts Line item 832, Summary 281 and one blank (the "Source:" note).
	 */
	@Test
	void accountsForEveryRow() throws IOException {
		assertThat(read()).isEqualTo(new FileAccounting("ep_2024-34_table1.10_separations_openings.csv",
				"BLS Employment Projections separations and openings table 2024–34", 1114, 832, 282, 0, null));
	}

	/** Line 486: "      Medical records specialists,29-2072,Line item,194.8,208.6,13.8,7.1,…,14.2". */
	@Test
	void medicalRecordsSpecialists() throws IOException {
		read();
		List<Figure> figures = items.stream().filter(i -> i.line() == 486).findFirst().orElseThrow().figures();

		assertThat(figures).extracting(Figure::metric, f -> f.value().toPlainString()).containsExactly(
				org.assertj.core.groups.Tuple.tuple(Metric.EMPLOYMENT, "194800"),
				org.assertj.core.groups.Tuple.tuple(Metric.EMPLOYMENT_PROJECTED, "208600"),
				org.assertj.core.groups.Tuple.tuple(Metric.EMPLOYMENT_CHANGE_COUNT, "13800"),
				org.assertj.core.groups.Tuple.tuple(Metric.EMPLOYMENT_CHANGE_PERCENT, "7.1"),
				org.assertj.core.groups.Tuple.tuple(Metric.OPENINGS, "14200"));
		Figure openings = figures.get(4);
		assertThat(openings.statistic()).isEqualTo(Statistic.VALUE);
		assertThat(openings.unit()).isEqualTo(Unit.PERSONS);
		assertThat(openings.period().label()).isEqualTo("2024–34");
		assertThat(openings.occupationTitle()).isEqualTo("Medical records specialists");
		assertThat(openings.source().sourceId()).isEqualTo("bls-ep-2024-34");
	}

	/** Line 493: 29-9021 grows 41.9 → 48.1 thousand (+14.7%), 3.2 thousand openings a year. */
	@Test
	void healthInformationTechnologists() throws IOException {
		read();
		List<Figure> figures = items.stream().filter(i -> i.line() == 493).findFirst().orElseThrow().figures();

		assertThat(figures.get(0).originalCode()).isEqualTo("29-9021");
		assertThat(figures.get(3).value()).isEqualByComparingTo("14.7");
		assertThat(figures.get(4).value()).isEqualByComparingTo("3200");
		assertThat(items.get(items.size() - 1).setAside().reason())
			.startsWith("footnote or note below the table (\"Source: Employment Projections program");
	}

}
