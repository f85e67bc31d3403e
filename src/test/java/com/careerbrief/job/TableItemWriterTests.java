package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.Chunk;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** What an operator reads in the log about the table rows a run rejected. */
@ExtendWith(OutputCaptureExtension.class)
class TableItemWriterTests {

	private static final String FILE = "oews/national/national_M2022_dl.csv";

	private final DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:rejects-" + System.nanoTime()
			+ ";DB_CLOSE_DELAY=-1", "sa", "");

	private final StagingRepository staging = new StagingRepository(new JdbcTemplate(dataSource),
			Jackson2ObjectMapperBuilder.json().build());

	private TableItemWriter writer;

	@BeforeEach
	void schema() {
		new ResourceDatabasePopulator(new ClassPathResource("db/staging/V1__staging_tables.sql")).execute(dataSource);
		writer = new TableItemWriter(staging, 1, -1, items -> {
		});
		writer.beforeStep(new StepExecution("ingestTablesWorker:files0", new JobExecution(3L)));
	}

	@Test
	void theFirstRejectedRowsAreNamedWithFileLineAndReasonAndTheRestCounted(CapturedOutput output) throws Exception {
		// given a broad row filtered as expected, then 22 rejected rows over two chunks
		List<TableItem> first = new ArrayList<>(List.of(setAside(2, "broad code 29-2000 set aside", true)));
		first.add(setAside(5, "A_MEDIAN '485OO' is not a number or a BLS marker", false));
		List<TableItem> second = new ArrayList<>();
		for (int line = 10; line < 31; line++) {
			second.add(setAside(line, "expected 32 comma-separated fields but found 10", false));
		}

		// when
		writer.write(new Chunk<>(first));
		writer.write(new Chunk<>(second));

		// then
		assertThat(output).contains("Rejected " + FILE + " line 5: A_MEDIAN '485OO' is not a number or a BLS marker")
			.contains("Rejected " + FILE + " line 28: expected 32 comma-separated fields but found 10")
			.doesNotContain("line 29:").doesNotContain("broad code")
			.contains("More rows rejected than the 20 named here; the workbook's Rejected input sheet lists every one");
		assertThat(output.getOut().lines().filter(l -> l.contains("Rejected " + FILE))).hasSize(20);
	}

	private static TableItem setAside(long line, String reason, boolean filtered) {
		return new TableItem(FILE, line, List.of(), List.of(), List.of(),
				new RejectedRow(FILE, line, "raw line " + line, reason, filtered));
	}
}
