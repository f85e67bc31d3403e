package com.careerbrief.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.extract.ExtractedDocument;
import com.careerbrief.ingest.InputFolder;
import com.careerbrief.ingest.document.UnreadableDocumentException;
import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.layouts.InputTableFormats;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.occupation.OnetTitleIndex;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.run.GracefulStop;
import com.careerbrief.run.OutputPublisher;
import com.careerbrief.run.RunJournal;
import com.careerbrief.run.RunLauncher;
import com.careerbrief.staging.StagedTables;
import com.careerbrief.staging.StagingRepository;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * careerReportJob: ingest tables → ingest documents → build the occupation catalog → reconcile →
 * write the workbook → write the briefs → publish. The only place where the stages meet. The ingest
 * steps, reconcile and the briefs are partitioned: on local threads, or on remote workers under the
 * {@code manager} profile; the workbook has one writer.
 */
@Configuration(proxyBeanMethods = false)
class CareerReportJobConfiguration {

	static final String RUN_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	static final String EXECUTION_ID = "#{stepExecution.jobExecutionId}";

	static final String FIRST_CODE = "#{stepExecutionContext['" + OccupationPartitioner.FIRST + "']}";

	static final String LAST_CODE = "#{stepExecutionContext['" + OccupationPartitioner.LAST + "']}";

	static final String FILES = "#{stepExecutionContext['" + FilePartitioner.FILES + "']}";

	static final String SET_ASIDE = "#{stepExecutionContext['" + FilePartitioner.SET_ASIDE + "']}";

	/** The run's input folder, as the launch named it (--input); workers read the same path. */
	static final String INPUT = "#{jobParameters['" + RunLauncher.INPUT + "']}";

	/** The run's output folder, as the launch named it (--output). */
	static final String OUTPUT = "#{jobParameters['" + RunLauncher.OUTPUT + "']}";

	/** A partition's own name, e.g. "files0" of "ingestTablesWorker:files0". */
	static final String PARTITION = "#{stepExecution.stepName.substring(stepExecution.stepName.indexOf(':') + 1)}";


	private final CareerBriefProperties properties;

	CareerReportJobConfiguration(CareerBriefProperties properties) {
		this.properties = properties;
	}

	/** How often long steps report progress (careerbrief.progress-seconds). */
	private ProgressReporter progress() {
		return new ProgressReporter(java.time.Duration.ofSeconds(Math.max(1, properties.progressSeconds())));
	}

	@Bean
	Job careerReportJob(JobRepository jobRepository, Step oldStagingStep, Step ingestTablesStep, Step ingestDocumentsStep,
			Step occupationCatalogStep, Step shrinkGuardStep, Step reliabilityStep, Step reconcileStep,
			Step workbookOccupationsStep, Step workbookFinishStep, Step briefsStep, Step publishStep,
			StepSummaryListener summary, GracefulStop gracefulStop, RunMemory memory, RunJournal journal) {
		return new JobBuilder("careerReportJob", jobRepository).listener(journal)
			.listener(summary)
			.listener(gracefulStop)
			.listener(memory)
			.start(oldStagingStep)
			.next(ingestTablesStep)
			.next(ingestDocumentsStep)
			.next(occupationCatalogStep)
			.next(shrinkGuardStep)
			.next(reliabilityStep)
			.next(reconcileStep)
			.next(workbookOccupationsStep)
			.next(workbookFinishStep)
			.next(briefsStep)
			.next(publishStep)
			.build();
	}

	@Bean
	StepSummaryListener stepSummaryListener(JobExplorer explorer) {
		return new StepSummaryListener(explorer);
	}

	/** Removes the staged rows of earlier runs (see {@link OldStagingTasklet}). */
	@Bean
	Step oldStagingStep(JobRepository jobRepository, PlatformTransactionManager tx, StagingRepository staging,
			JobExplorer explorer, RunJournal journal, StepSummaryListener summary) {
		return new StepBuilder("removeOldStaging", jobRepository)
			.tasklet(new OldStagingTasklet(staging, explorer, jobRepository, journal, tx), tx)
			.listener(summary)
			.build();
	}

	// Ingest tables

	/** The input's table files in partitions of nearly equal bytes, run in parallel like the occupations. */
	@Bean
	Step ingestTablesStep(JobRepository jobRepository, Step ingestTablesWorkerStep, FilePartitioner tablePartitioner,
			PartitionHandlers partitions, StagingRepository staging, StepSummaryListener summary) {
		return partitioned("ingestTables", jobRepository, ingestTablesWorkerStep, tablePartitioner,
				partitions.forWorker(ingestTablesWorkerStep, properties.ingestPartitionThreads()),
				new PartitionCountsAggregator(staging, properties.maxRejectedRows()), summary);
	}

	@Bean
	@StepScope
	FilePartitioner tablePartitioner(@Value(INPUT) Path input) {
		return new FilePartitioner(InputFolder.scan(input).tables(), true);
	}

	@Bean
	Step ingestTablesWorkerStep(JobRepository jobRepository, PlatformTransactionManager tx,
			TableItemReader tableItemReader, TableItemWriter tableItemWriter, StepSummaryListener summary) {
		return new StepBuilder("ingestTablesWorker", jobRepository).<TableItem, TableItem>chunk(1000, tx)
			.reader(tableItemReader)
			.writer(tableItemWriter)
			.listener(summary)
			.build();
	}

	@Bean
	@StepScope
	TableItemReader tableItemReader(StagingRepository staging, Clock clock, RunMemory memory, @Value(INPUT) Path inputFolder,
			@Value(RUN_ID) long runId, @Value(EXECUTION_ID) long executionId,
			@Value(PARTITION) String partition, @Value(FILES) String files, @Value(SET_ASIDE) String setAside) {
		// Made once per execution (the crosswalk and the O*NET titles take about a second to read), shared by its partitions.
		TableFormats formats = memory.shared(executionId, "tableFormats", TableFormats.class,
				() -> new TableFormats(InputTableFormats.of(inputFolder), LocalDate.now(clock)));
		InputFolder input = InputFolder.scan(inputFolder);
		return new TableItemReader(FilePartitioner.entries(input.tables(), files),
				Boolean.parseBoolean(setAside) ? input.setAside() : List.of(), formats, staging, runId,
				progress(), "ingestTables " + partition);
	}

	@Bean
	@StepScope
	TableItemWriter tableItemWriter(StagingRepository staging, CareerBriefProperties properties, RunMemory memory,
			Environment environment, @Value(RUN_ID) long runId, @Value(EXECUTION_ID) long executionId) {
		// A remote worker keeps nothing: the catalog step that would take the rows runs on the manager.
		boolean worker = environment.matchesProfiles("worker");
		return new TableItemWriter(staging, runId, properties.maxRejectedRows(),
				worker ? items -> { } : items -> memory.keepIngested(executionId, items));
	}

	// Ingest documents

	/** The source articles in partitions of nearly equal bytes, run in parallel. */
	@Bean
	Step ingestDocumentsStep(JobRepository jobRepository, Step ingestDocumentsWorkerStep,
			FilePartitioner documentPartitioner, PartitionHandlers partitions, StepSummaryListener summary) {
		return partitioned("ingestDocuments", jobRepository, ingestDocumentsWorkerStep, documentPartitioner,
				partitions.forWorker(ingestDocumentsWorkerStep, properties.ingestPartitionThreads()),
				new PartitionCountsAggregator(), summary);
	}

	@Bean
	@StepScope
	FilePartitioner documentPartitioner(@Value(INPUT) Path input) {
		return new FilePartitioner(InputFolder.scan(input).documents(), false);
	}

	@Bean
	Step ingestDocumentsWorkerStep(JobRepository jobRepository, PlatformTransactionManager tx,
			DocumentItemReader documentItemReader, DocumentItemProcessor documentItemProcessor,
			DocumentItemWriter documentItemWriter, UnreadableDocumentRecorder unreadableDocumentRecorder,
			StepSummaryListener summary) {
		// An unreadable article is reported (Rejected input) and skipped; the other articles are still read.
		return new StepBuilder("ingestDocumentsWorker", jobRepository).<InputFolder.Entry, ExtractedDocument>chunk(1, tx)
			.reader(documentItemReader)
			.processor(documentItemProcessor)
			.writer(documentItemWriter)
			.faultTolerant()
			.skip(UnreadableDocumentException.class)
			.skipLimit(Integer.MAX_VALUE)
			.listener(unreadableDocumentRecorder)
			.listener(summary)
			.build();
	}

	@Bean
	@StepScope
	DocumentItemReader documentItemReader(@Value(INPUT) Path input, @Value(FILES) String files) {
		return new DocumentItemReader(() -> FilePartitioner.entries(InputFolder.scan(input).documents(),
				files));
	}

	@Bean
	@StepScope
	DocumentItemProcessor documentItemProcessor(StageFactory stages, RunMemory memory, @Value(INPUT) Path input,
			@Value(EXECUTION_ID) long executionId) {
		return new DocumentItemProcessor(stages.documentReader(memory.shared(executionId, "onetTitles",
				OnetTitleIndex.class, () -> stages.onetTitles(input))));
	}

	@Bean
	@StepScope
	UnreadableDocumentRecorder unreadableDocumentRecorder(StagingRepository staging, @Value(RUN_ID) long runId) {
		return new UnreadableDocumentRecorder(staging, runId);
	}

	@Bean
	@StepScope
	DocumentItemWriter documentItemWriter(StagingRepository staging, @Value(RUN_ID) long runId) {
		return new DocumentItemWriter(staging, runId);
	}

	// Occupations and reconciliation

	@Bean
	Step occupationCatalogStep(JobRepository jobRepository, PlatformTransactionManager tx, StagingRepository staging,
			RunMemory memory, StepSummaryListener summary) {
		return new StepBuilder("occupationCatalog", jobRepository)
			.tasklet((contribution, chunk) -> {
				var jobExecution = chunk.getStepContext().getStepExecution().getJobExecution();
				return new OccupationCatalogTasklet(staging, jobExecution.getJobInstance().getInstanceId(), memory,
						jobExecution.getId()).execute(contribution, chunk);
			}, tx)
			.listener(summary)
			.build();
	}

	@Bean
	Step shrinkGuardStep(JobRepository jobRepository, PlatformTransactionManager tx, ShrinkGuardTasklet shrinkGuard,
			StepSummaryListener summary) {
		return new StepBuilder("checkShrink", jobRepository).tasklet(shrinkGuard, tx).listener(summary).build();
	}

	@Bean
	@StepScope
	ShrinkGuardTasklet shrinkGuard(StagingRepository staging, @Value(OUTPUT) Path output,
			@Value(RUN_ID) long runId, @Value("#{jobParameters['" + RunLauncher.ALLOW_SHRINK + "']}") String allowShrink) {
		return new ShrinkGuardTasklet(staging, new OutputPublisher(output), runId,
				properties.maxShrinkPercent(), Boolean.parseBoolean(allowShrink));
	}

	@Bean
	Step reliabilityStep(JobRepository jobRepository, PlatformTransactionManager tx, ReliabilityTasklet reliabilityTasklet,
			StepSummaryListener summary) {
		return new StepBuilder("estimateReliability", jobRepository).tasklet(reliabilityTasklet, tx).listener(summary).build();
	}

	@Bean
	@StepScope
	ReliabilityTasklet reliabilityTasklet(ReconcileProperties reconcile, StageFactory stages, StagingRepository staging, RunMemory memory,
			@Value(INPUT) Path input, @Value(RUN_ID) long runId, @Value(EXECUTION_ID) long executionId) {
		return new ReliabilityTasklet(reconcile, stages.reconciler(input), assembler(memory, staging, runId, executionId), staging,
				memory, runId);
	}

	/**
	 * The occupations split into one slice per thread (careerbrief.threads, by default one per core), each
	 * slice a partition of the step with its own restart point.
	 */
	@Bean
	@StepScope
	OccupationPartitioner occupationPartitioner(StagingRepository staging, @Value(RUN_ID) long runId) {
		return new OccupationPartitioner(staging.occupationCodes(runId));
	}

	@Bean
	TaskExecutor partitionExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("partition-");
		executor.setConcurrencyLimit(threads());
		return executor;
	}

	private int threads() {
		return properties.partitionThreads();
	}

	/** Partitions on this JVM's threads, one slice of occupations per thread; the manager profile sends them to workers. */
	@Bean
	@Profile("!manager")
	PartitionHandlers localPartitions(TaskExecutor partitionExecutor) {
		return (worker, localGridSize) -> {
			TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
			handler.setStep(worker);
			handler.setTaskExecutor(partitionExecutor);
			handler.setGridSize(localGridSize);
			return handler;
		};
	}

	@Bean
	Step reconcileStep(JobRepository jobRepository, Step reconcileWorkerStep, OccupationPartitioner occupationPartitioner,
			PartitionHandlers partitions, StepSummaryListener summary, RunMemory memory) {
		return partitioned("reconcile", jobRepository, reconcileWorkerStep, occupationPartitioner,
				partitions.forWorker(reconcileWorkerStep, threads()), new PartitionCountsAggregator(), summary,
				memory.forgetJudgementsAfterStep());
	}

	/** A step that runs its worker step once per partition (a slice of occupations, a share of files), in parallel. */
	private static Step partitioned(String name, JobRepository jobRepository, Step worker, Partitioner partitioner,
			PartitionHandler handler, PartitionCountsAggregator aggregator, StepSummaryListener summary,
			StepExecutionListener... more) {
		PartitionStepBuilder step = new StepBuilder(name, jobRepository).partitioner(worker.getName(), partitioner)
			.partitionHandler(handler)
			.aggregator(aggregator)
			.listener(summary);
		for (StepExecutionListener listener : more) {
			step.listener(listener);
		}
		return step.build();
	}

	/** The codes of the worker's slice, from the partition's first to its last code. */
	private CodeListItemReader sliceReader(String step, StagingRepository staging, long runId, String first,
			String last) {
		return new CodeListItemReader(step, () -> OccupationPartitioner.slice(staging.occupationCodes(runId), first, last),
				progress());
	}

	@Bean
	Step reconcileWorkerStep(JobRepository jobRepository, PlatformTransactionManager tx,
			CodeListItemReader reconcileReader, ReconcileItemProcessor reconcileItemProcessor,
			ReconcileItemWriter reconcileItemWriter, StepSummaryListener summary) {
		return new StepBuilder("reconcileWorker", jobRepository).<String, ReconcileItemProcessor.Result>chunk(50, tx)
			.reader(reconcileReader)
			.processor(reconcileItemProcessor)
			.writer(reconcileItemWriter)
			.listener(summary)
			.build();
	}

	@Bean
	@StepScope
	CodeListItemReader reconcileReader(StagingRepository staging, @Value(RUN_ID) long runId,
			@Value(FIRST_CODE) String first, @Value(LAST_CODE) String last) {
		return sliceReader("reconcile", staging, runId, first, last);
	}

	@Bean
	@StepScope
	ReconcileItemProcessor reconcileItemProcessor(StageFactory stages, StagingRepository staging, RunMemory memory,
			@Value(INPUT) Path input, @Value(RUN_ID) long runId, @Value(EXECUTION_ID) long executionId,
			@Value("#{stepExecution.jobExecution.executionContext}") ExecutionContext jobContext) {
		OccupationReportAssembler assembler = assembler(memory, staging, runId, executionId);
		return new ReconcileItemProcessor(stages.reconciler(input), assembler, memory.reliability(executionId,
				() -> ReliabilityTasklet.restore(stages.reconcileProperties(), assembler, staging, runId, jobContext)),
				soc -> memory.takeJudged(executionId, soc));
	}

	@Bean
	@StepScope
	ReconcileItemWriter reconcileItemWriter(StagingRepository staging, RunMemory memory, @Value(RUN_ID) long runId,
			@Value(EXECUTION_ID) long executionId) {
		return new ReconcileItemWriter(staging, runId, assembler(memory, staging, runId, executionId));
	}

	/** careerbrief.reconcile.*, for the stages that take only it. */
	@Bean
	ReconcileProperties reconcileProperties() {
		return properties.reconcile();
	}

	/** The execution's one report assembler, read from staging by the first step that needs it. */
	private static OccupationReportAssembler assembler(RunMemory memory, StagingRepository staging, long runId,
			long executionId) {
		return memory.assembler(executionId, () -> new OccupationReportAssembler(staging, runId,
				memory.staged(executionId, staging, runId)));
	}

	// Reports

	@Bean
	@JobScope
	ReportSession reportSession(StageFactory stages, StagingRepository staging, CareerBriefProperties properties,
			@Value(INPUT) Path input, @Value(OUTPUT) Path output, @Value("#{jobExecution.jobInstance.instanceId}") long runId,
			@Value("#{jobExecution.startTime}") LocalDateTime started) {
		// Spring Batch keeps the start in the JVM's local time; the About sheet states it in UTC.
		// Whole seconds: a fraction such as ".412053" is noise to a reader (and reads as a year to a text search).
		Instant start = (started == null ? LocalDateTime.now() : started).atZone(ZoneId.systemDefault()).toInstant()
			.truncatedTo(ChronoUnit.SECONDS);
		return new ReportSession(stages, staging, properties, input, output, runId, start);
	}

	@Bean
	Step workbookOccupationsStep(JobRepository jobRepository, PlatformTransactionManager tx,
			CodeListItemReader workbookReader, ReportItemProcessor reportItemProcessor, ReportSession reportSession,
			StepSummaryListener summary) {
		// The workbook is one streamed file: a restart writes it again from the first row.
		return new StepBuilder("writeWorkbook", jobRepository).<String, OccupationReport>chunk(50, tx)
			.reader(workbookReader)
			.processor(reportItemProcessor)
			.writer(chunk -> reportSession.addToWorkbook(chunk.getItems()))
			.listener(summary)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step workbookFinishStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportSession reportSession,
			StepSummaryListener summary) {
		return new StepBuilder("finishWorkbook", jobRepository)
			.tasklet((contribution, chunk) -> reportSession.finishWorkbook(contribution), tx)
			.listener(summary)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	CodeListItemReader workbookReader(StagingRepository staging, @Value(RUN_ID) long runId) {
		CodeListItemReader reader = new CodeListItemReader("writeWorkbook", () -> staging.occupationCodes(runId),
				progress());
		reader.setSaveState(false);
		return reader;
	}

	@Bean
	@StepScope
	ReportItemProcessor reportItemProcessor(StagingRepository staging, RunMemory memory, @Value(RUN_ID) long runId,
			@Value(EXECUTION_ID) long executionId) {
		return new ReportItemProcessor(assembler(memory, staging, runId, executionId));
	}

	@Bean
	Step briefsStep(JobRepository jobRepository, Step briefsWorkerStep, OccupationPartitioner occupationPartitioner,
			PartitionHandlers partitions, StepSummaryListener summary) {
		return partitioned("writeBriefs", jobRepository, briefsWorkerStep, occupationPartitioner,
				partitions.forWorker(briefsWorkerStep, threads()), new PartitionCountsAggregator(), summary);
	}

	@Bean
	Step briefsWorkerStep(JobRepository jobRepository, PlatformTransactionManager tx, CodeListItemReader briefsReader,
			ReportItemProcessor reportItemProcessor, BriefItemWriter briefItemWriter, StepSummaryListener summary) {
		return new StepBuilder("writeBriefsWorker", jobRepository).<String, OccupationReport>chunk(20, tx)
			.reader(briefsReader)
			.processor(reportItemProcessor)
			.writer(briefItemWriter)
			.listener(summary)
			.build();
	}

	@Bean
	@StepScope
	CodeListItemReader briefsReader(StagingRepository staging, @Value(RUN_ID) long runId,
			@Value(FIRST_CODE) String first, @Value(LAST_CODE) String last) {
		return sliceReader("writeBriefs", staging, runId, first, last);
	}

	/** Made when the application starts, so that an unknown state code refuses the launch before any step. */
	@Bean
	StateEditions stateEditions(CareerBriefProperties properties) {
		return StateEditions.of(properties);
	}

	@Bean
	@StepScope
	BriefItemWriter briefItemWriter(StageFactory stages, StateEditions editions, @Value(OUTPUT) Path output,
			@Value(RUN_ID) long runId) {
		return new BriefItemWriter(stages.briefWriter(), stages.pageWriter(), new OutputPublisher(output).runFolder(runId),
				editions.codes());
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportSession reportSession,
			StepSummaryListener summary) {
		return new StepBuilder("publish", jobRepository)
			.tasklet((contribution, chunk) -> reportSession.publish(
					chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()), tx)
			.listener(summary)
			.build();
	}

}
