package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careerbrief.model.Finding;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.staging.StagedTables;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.item.Chunk;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the reconcile step made in this JVM reaches the report steps without a read of staging, but only
 * once staging holds it too; judgements no partition took are dropped when the step ends.
 */
class ReconciledInMemoryTests {

	private static final String SOC = "29-2072";

	private final DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:reconciled-" + System.nanoTime()
			+ ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

	private final StagingRepository staging = new StagingRepository(jdbc, Jackson2ObjectMapperBuilder.json().build());

	private final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

	private OccupationReportAssembler assembler;

	private ReconcileItemWriter writer;

	/** An occupation whose one claim cannot be checked: no official figure on it is in the data. */
	private final ReconciledOccupation unchecked = new ReconciledOccupation(List.of(new Verdict(SOC + "#1",
			VerdictKind.UNCHECKABLE, new Footing(new BigDecimal("37110"), null, Unit.USD_PER_YEAR, Statistic.AVERAGE_AS_WORDED,
					"United States", Period.none()), new Finding.NoFigure(), null, null)), List.of(), List.of());

	@BeforeEach
	void stage() {
		new ResourceDatabasePopulator(new ClassPathResource("db/staging/V1__staging_tables.sql")).execute(dataSource);
		staging.saveOccupation(1, new Occupation(SOC, "Medical Records Specialists", null, 3, null));
		assembler = new OccupationReportAssembler(staging, 1, new StagedTables(List.of(), List.of()));
		writer = new ReconcileItemWriter(staging, 1, assembler);
	}

	@Test
	void anOccupationReconciledAndCommittedIsReportedFromMemory() {
		tx.executeWithoutResult(status -> writer.write(Chunk.of(new ReconcileItemProcessor.Result(SOC, unchecked))));
		jdbc.update("DELETE FROM cb_reconciled");

		assertThat(assembler.assemble(SOC).verdicts()).isEqualTo(unchecked.verdicts());
	}

	@Test
	void theReportAssembledForTheWorkbookIsTheOneTheBriefIsWrittenFrom() {
		tx.executeWithoutResult(status -> writer.write(Chunk.of(new ReconcileItemProcessor.Result(SOC, unchecked))));
		OccupationReport forTheWorkbook = assembler.assemble(SOC);
		jdbc.update("DELETE FROM cb_reconciled");

		assertThat(assembler.assemble(SOC)).isSameAs(forTheWorkbook);
		assertThat(forTheWorkbook.verdicts()).isEqualTo(unchecked.verdicts());
	}

	@Test
	void anOccupationReconciledAgainIsAssembledAgain() {
		tx.executeWithoutResult(status -> writer.write(Chunk.of(new ReconcileItemProcessor.Result(SOC, unchecked))));
		assertThat(assembler.assemble(SOC).verdicts()).hasSize(1);

		ReconciledOccupation none = new ReconciledOccupation(List.of(), List.of(), List.of());
		tx.executeWithoutResult(status -> writer.write(Chunk.of(new ReconcileItemProcessor.Result(SOC, none))));

		assertThat(assembler.assemble(SOC).verdicts()).isEmpty();
	}

	@Test
	void anOccupationWhoseChunkRolledBackIsNeitherStagedNorRemembered() {
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			writer.write(Chunk.of(new ReconcileItemProcessor.Result(SOC, unchecked)));
			throw new IllegalStateException("the chunk fails after the write");
		})).hasMessage("the chunk fails after the write");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cb_reconciled", Long.class)).isZero();
		assertThat(assembler.assemble(SOC).verdicts()).isEmpty();
	}

	@Test
	void judgementsNoPartitionTookAreDroppedWhenTheReconcileStepEnds() {
		RunMemory memory = new RunMemory();
		Reconciler reconciler = new Reconciler(ReconcileProperties.defaults());
		Occupation occupation = new Occupation(SOC, "Medical Records Specialists", null, 3, null);
		memory.rememberJudged(7, Map.of(SOC, reconciler.judge(occupation, List.of(), List.of(), List.of(), List.of()),
				"15-1252", reconciler.judge(new Occupation("15-1252", "Software Developers", null, 4, null), List.of(),
						List.of(), List.of(), List.of())));

		assertThat(memory.takeJudged(7, SOC)).isNotNull();
		assertThat(memory.takeJudged(7, SOC)).as("taken once").isNull();
		memory.forgetJudgementsAfterStep().afterStep(new StepExecution("reconcile", new JobExecution(7L)));
		assertThat(memory.takeJudged(7, "15-1252")).isNull();
	}

}
