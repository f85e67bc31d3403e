package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.staging.StagedTables;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.Chunk;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures and texts the table ingest staged in this JVM reach the catalog step without a read of
 * staging, exactly as that read would give them, and only when staging holds nothing else.
 */
class StagedTablesFromIngestTests {

	private static final long EXECUTION = 7;

	private final DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:ingested-" + System.nanoTime()
			+ ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

	private final StagingRepository staging = new StagingRepository(jdbc, Jackson2ObjectMapperBuilder.json().build());

	private final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

	private final RunMemory memory = new RunMemory();

	private TableItemWriter writer;

	@BeforeEach
	void schema() {
		new ResourceDatabasePopulator(new ClassPathResource("db/staging/V1__staging_tables.sql")).execute(dataSource);
		writer = new TableItemWriter(staging, 1, -1, items -> memory.keepIngested(EXECUTION, items));
		writer.beforeStep(new StepExecution("ingestTablesWorker:files0", new JobExecution(EXECUTION)));
	}

	@Test
	void whatThisJvmStagedIsTheStagedTablesAsTheyReadBack() {
		// Files and lines out of order, a figure without a period, two figures and a text on one row.
		tx.executeWithoutResult(s -> writer.write(Chunk.of(row("oews/state/state_M2023_dl.csv", 12, "29-2072", null),
				row("oews/national/national_M2024_dl.csv", 3, "29-2072", Period.survey(2024)))));
		tx.executeWithoutResult(s -> writer.write(Chunk.of(row("oews/national/national_M2024_dl.csv", 2, "11-1011",
				Period.survey(2024)), row("oews/national/national_M2013_dl.csv", 40, "29-2071", Period.survey(2013)))));

		StagedTables read = StagedTables.read(staging, 1);
		// Changed behind the job's back, as no step does: only a read of staging would see it.
		jdbc.update("UPDATE cb_staged_figure SET value_text = '1'");
		StagedTables fromIngest = memory.staged(EXECUTION, staging, 1);

		assertThat(read.figures()).hasSize(8);
		assertThat(read.texts()).hasSize(4);
		assertThat(fromIngest.figures()).isEqualTo(read.figures());
		assertThat(fromIngest.texts()).isEqualTo(read.texts());
		assertThat(fromIngest.figures().get(0).source().file()).isEqualTo("oews/national/national_M2013_dl.csv");
		assertThat(fromIngest.figures().get(7).period()).isEqualTo(read.figures().get(7).period())
			.extracting(Period::label).isNull();
	}

	@Test
	void aChunkRolledBackIsNotKept() {
		tx.executeWithoutResult(s -> writer.write(Chunk.of(row("a.csv", 2, "29-2072", Period.survey(2024)))));
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			writer.write(Chunk.of(row("b.csv", 2, "29-2072", Period.survey(2024))));
			throw new IllegalStateException("the chunk fails after its write");
		})).hasMessageContaining("the chunk fails");

		jdbc.update("UPDATE cb_staged_figure SET value_text = '1'");

		StagedTables staged = memory.staged(EXECUTION, staging, 1);

		// From memory (staging now says 1), so the rolled-back chunk was not counted there.
		assertThat(staged.figures()).hasSize(2).allSatisfy(f -> assertThat(f.source().file()).isEqualTo("a.csv"))
			.extracting(Figure::value).containsOnly(new BigDecimal("50250"), new BigDecimal("26.90"));
	}

	@Test
	void rowsThisJvmDidNotStageMakeItReadStaging() {
		// Another execution (a run before a restart, or a worker) staged a row this one did not.
		TableItemWriter elsewhere = new TableItemWriter(staging, 1, -1, items -> { });
		elsewhere.beforeStep(new StepExecution("ingestTablesWorker:files1", new JobExecution(EXECUTION - 1)));
		tx.executeWithoutResult(s -> elsewhere.write(Chunk.of(row("earlier.csv", 2, "29-2072", Period.survey(2024)))));
		tx.executeWithoutResult(s -> writer.write(Chunk.of(row("a.csv", 2, "29-2072", Period.survey(2024)))));

		StagedTables staged = memory.staged(EXECUTION, staging, 1);

		assertThat(staged.figures()).hasSize(4).extracting(f -> f.source().file()).containsOnly("a.csv", "earlier.csv");
	}

	@Test
	void rowsReplacedByAsManyOthersMakeItReadStaging() {
		tx.executeWithoutResult(s -> writer.write(Chunk.of(row("a.csv", 2, "29-2072", Period.survey(2024)))));
		// Staging now holds as many figures and texts as this JVM staged, but of another file.
		jdbc.update("DELETE FROM cb_staged_figure WHERE file_name = 'a.csv'");
		jdbc.update("DELETE FROM cb_staged_text WHERE file_name = 'a.csv'");
		TableItemWriter elsewhere = new TableItemWriter(staging, 1, -1, items -> { });
		elsewhere.beforeStep(new StepExecution("ingestTablesWorker:files1", new JobExecution(EXECUTION)));
		tx.executeWithoutResult(s -> elsewhere.write(Chunk.of(row("b.csv", 2, "29-2072", Period.survey(2024)))));

		StagedTables staged = memory.staged(EXECUTION, staging, 1);

		assertThat(staged.figures()).hasSize(2).allSatisfy(f -> assertThat(f.source().file()).isEqualTo("b.csv"));
		assertThat(staged.texts()).hasSize(1);
	}

	@Test
	void aFailureToKeepACommittedChunkMakesItReadStagingWithoutFailingTheChunk() {
		TableItem broken = new TableItem("a.csv", 3, java.util.Arrays.asList((Figure) null), List.of(), List.of(), null);
		tx.executeWithoutResult(s -> writer.write(Chunk.of(row("a.csv", 2, "29-2072", Period.survey(2024)))));
		memory.keepIngested(EXECUTION, List.of(broken));
		jdbc.update("UPDATE cb_staged_figure SET value_text = '1'");

		StagedTables staged = memory.staged(EXECUTION, staging, 1);

		assertThat(staged.figures()).extracting(Figure::value).containsOnly(BigDecimal.ONE);
	}

	private static TableItem row(String file, long line, String soc, Period period) {
		SourceRef source = new SourceRef("bls-oews", "U.S. Bureau of Labor Statistics", "OEWS", null, "2025-04-02",
				SourceKind.OFFICIAL, file, 0);
		List<Figure> figures = List.of(
				new Figure(soc, soc, null, "An occupation", "United States", AreaType.NATIONAL, Metric.WAGE, Statistic.MEDIAN,
						Unit.USD_PER_YEAR, new BigDecimal("50250"), Bound.EXACT, period, source),
				new Figure(soc, soc, null, "An occupation", "United States", AreaType.NATIONAL, Metric.WAGE, Statistic.MEAN,
						Unit.USD_PER_HOUR, new BigDecimal("26.90"), Bound.EXACT, period, source));
		List<OccupationText> texts = List.of(new OccupationText(soc, OccupationText.Kind.DESCRIPTION, "Compile records.", 1,
				new SourceRef("onet", "O*NET", "Occupation Data", null, null, SourceKind.OFFICIAL, "onet/Occupation Data.txt", line)));
		return new TableItem(file, line, figures, List.of(), texts, null);
	}
}
