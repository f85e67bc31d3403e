package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Staged figures and texts name their source by key, and come back with the whole source: the publisher,
 * title, address and date a brief cites. Rows staged by a build from before the keys keep their source in
 * their own columns, and a run resumed after an upgrade reads them as before.
 */
class StagedSourcesTests {

	private static final String OEWS = "oews/national/national_M2024_dl.csv";

	private final DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:staged-sources-" + System.nanoTime()
			+ ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

	private final StagingRepository staging = new StagingRepository(jdbc, Jackson2ObjectMapperBuilder.json().build());

	@BeforeEach
	void schema() {
		new ResourceDatabasePopulator(new ClassPathResource("db/staging/V1__staging_tables.sql"),
				new ClassPathResource("db/staging/V2__staged_sources.sql")).execute(dataSource);
	}

	@Test
	void figuresAndTextsComeBackWithTheirWholeSourceWhichIsStagedOncePerChunk() {
		SourceRef bls = new SourceRef("bls-oews-2024", "U.S. Bureau of Labor Statistics",
				"Occupational Employment and Wage Statistics, May 2024", "https://www.bls.gov/oes/", "May 2024",
				SourceKind.OFFICIAL, OEWS, 2);
		SourceRef onet = new SourceRef("onet-29.1", "O*NET Resource Center", "O*NET 29.1 Database", null, "November 2024",
				SourceKind.OFFICIAL, "onet/Occupation Data.txt", 7);
		Figure median = figure(bls, "50250");
		Figure next = figure(new SourceRef(bls.sourceId(), bls.publisher(), bls.title(), bls.url(), bls.published(),
				bls.kind(), OEWS, 3), "24.16");
		OccupationText description = new OccupationText("29-2072", OccupationText.Kind.DESCRIPTION,
				"Compile, process, and maintain medical records.", 0, onet);

		staging.addTableRows(1, List.of(new TableItem(OEWS, 2, List.of(median), List.of(), List.of(), null),
				new TableItem("onet/Occupation Data.txt", 7, List.of(), List.of(), List.of(description), null)));
		staging.addTableRows(1, List.of(new TableItem(OEWS, 3, List.of(next), List.of(), List.of(), null)));

		assertThat(staging.allFigures(1)).containsExactly(median, next);
		assertThat(staging.allTexts(1)).containsExactly(description);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cb_staged_figure WHERE publisher IS NOT NULL"
				+ " OR source_title IS NOT NULL OR source_url IS NOT NULL", Long.class)).isZero();
		// One row per source per chunk: BLS in both chunks, O*NET in the first.
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cb_staged_source WHERE run_id = 1", Long.class)).isEqualTo(3);
	}

	@Test
	void aFigureStagedBeforeSourceKeysKeepsItsSource() {
		jdbc.update("INSERT INTO cb_staged_figure (run_id, file_name, line_no, seq, soc_code, original_code, code_note,"
				+ " occupation_title, area, area_type, metric, statistic, unit, value_text, bound, period_label, period_start,"
				+ " period_end, period_kind, source_id, publisher, source_title, source_url, published, source_kind)"
				+ " VALUES (1, ?, 2, 0, '29-2072', '29-2072', NULL, 'Medical Records Specialists', 'United States', 'NATIONAL',"
				+ " 'WAGE', 'MEDIAN', 'USD_PER_YEAR', '50250', NULL, 'May 2024', 2024, 2024, 'SURVEY', 'bls-oews-2024',"
				+ " 'U.S. Bureau of Labor Statistics', 'OEWS May 2024', 'https://www.bls.gov/oes/', 'May 2024', 'OFFICIAL')", OEWS);

		Figure read = staging.allFigures(1).get(0);

		assertThat(read.value()).isEqualByComparingTo("50250");
		assertThat(read.source()).isEqualTo(new SourceRef("bls-oews-2024", "U.S. Bureau of Labor Statistics",
				"OEWS May 2024", "https://www.bls.gov/oes/", "May 2024", SourceKind.OFFICIAL, OEWS, 2));
	}

	private static Figure figure(SourceRef source, String value) {
		return new Figure("29-2072", "29-2072", null, "Medical Records Specialists", Figure.UNITED_STATES, AreaType.NATIONAL,
				Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR, new BigDecimal(value), null, Period.survey(2024), source);
	}

}
