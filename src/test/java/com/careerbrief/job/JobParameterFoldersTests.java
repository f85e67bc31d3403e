package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import com.careerbrief.CareerBriefApplication;
import com.careerbrief.run.OutputPublisher;
import com.careerbrief.run.RunLauncher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The steps read and write the folders the run's job parameters name, not the process's own settings: a
 * remote worker, or a relaunch, works on the files of the run it was handed.
 */
class JobParameterFoldersTests {

	@TempDir
	Path work;

	@Test
	void anInputThatIsAFileIsNamedAsOneNotAsMissing() throws Exception {
		Path file = Files.writeString(work.resolve("SOURCES.md"), "not a folder");

		InProcessRun.Result run = InProcessRun.run(file, work.resolve("out"), work.resolve("st"));

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.log()).contains("Input folder " + file.toAbsolutePath() + " is a file, not a folder (set --input=DIR)");
	}

	@Test
	void aRunReadsTheInputAndWritesTheOutputItsParametersName() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("run-input"));
		Path output = work.resolve("run-output");
		Path ownInput = Files.createDirectories(work.resolve("process-input"));
		Path ownOutput = work.resolve("process-output");
		// --history only prints the run history, so the context stays up without launching a run of its own
		try (ConfigurableApplicationContext context = SpringApplication.run(CareerBriefApplication.class,
				"--input=" + ownInput, "--output=" + ownOutput, "--state=" + work.resolve("state"), "--history")) {
			JobExecution run = context.getBean(JobLauncher.class)
				.run(context.getBean("careerReportJob", Job.class), new JobParametersBuilder()
					.addString("inputFingerprint", "test-" + System.nanoTime())
					.addString(RunLauncher.INPUT, input.toAbsolutePath().toString(), false)
					.addString(RunLauncher.OUTPUT, output.toAbsolutePath().toString(), false)
					.addString(RunLauncher.ALLOW_SHRINK, "false", false)
					.addLocalDateTime("forcedAt", LocalDateTime.now())
					.toJobParameters());

			assertThat(run.getStatus()).as(run.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
		}

		StreamedSheet claims = StreamedSheet.read(output.resolve(OutputPublisher.WORKBOOK), "Claims");
		assertThat(claims.rows).anySatisfy(row -> assertThat(row.stream().map(StreamedSheet.Cell::value))
			.anySatisfy(v -> assertThat(v).contains("$37,110")));
		try (var briefs = Files.list(output.resolve(OutputPublisher.BRIEFS))) {
			assertThat(briefs.map(p -> p.getFileName().toString()))
				.contains("29-2072-medical-records-specialists.pdf");
		}
		assertThat(ownOutput).doesNotExist();
	}

}
