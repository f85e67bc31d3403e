package com.careerbrief.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.careerbrief.CareerBriefApplication;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.report.pdf.BriefOptions;
import com.careerbrief.report.pdf.BriefWriter;
import com.careerbrief.staging.StagingRepository;

import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Writes the brief of every occupation of a real run and prints briefs per second and peak heap; a
 * manual check, not a test (timings on a shared machine would make a flaky assert).
 *
 * <p>The reports come from the staging tables of a completed run, assembled by the job's own
 * {@link OccupationReportAssembler}, exactly as the writeBriefs step gets them. Only
 * {@link BriefWriter#write} is timed; assembling (reading staging rows) is timed apart. Without an
 * argument it first runs the job on {@code input/} into a temporary folder; with a state folder of a
 * completed run ({@code --state=DIR}) it reuses that run.
 */
public final class BriefWriterBenchmark {

	private BriefWriterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Files.createTempDirectory("careerbrief-bench");
		Path state = args.length > 0 ? Path.of(args[0]) : runJob(work);
		Path briefs = args.length > 1 ? Path.of(args[1]) : work.resolve("briefs");
		DriverManagerDataSource db = new DriverManagerDataSource(
				"jdbc:h2:file:" + state.toAbsolutePath().resolve("careerbrief") + ";ACCESS_MODE_DATA=r", "sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(db);
		StagingRepository staging = new StagingRepository(jdbc, Jackson2ObjectMapperBuilder.json().build());
		long runId = jdbc.queryForObject("SELECT MAX(run_id) FROM cb_occupation", Long.class);
		OccupationReportAssembler assembler = new OccupationReportAssembler(staging, runId);
		List<String> codes = staging.occupationCodes(runId);
		BriefWriter writer = new BriefWriter(BriefOptions.on(LocalDate.now()));
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long assembling = 0;
		long writing = 0;
		long writingCpu = 0;
		for (String soc : codes) {
			long t0 = System.nanoTime();
			OccupationReport report = assembler.assemble(soc);
			long t1 = System.nanoTime();
			long c1 = cpu.getCurrentThreadCpuTime();
			writer.write(report, briefs);
			writingCpu += cpu.getCurrentThreadCpuTime() - c1;
			writing += System.nanoTime() - t1;
			assembling += t1 - t0;
		}
		System.out.printf("%d briefs written to %s%n", codes.size(), briefs);
		System.out.printf("writing: %.1f s, %.1f briefs/s (assembling the reports from staging, not counted: %.1f s)%n",
				writing / 1e9, codes.size() / (writing / 1e9), assembling / 1e9);
		// On a shared machine the wall time counts other processes' turns; the thread's CPU time does not.
		System.out.printf("writing, CPU time of the writing thread: %.1f s, %.1f briefs/s%n", writingCpu / 1e9,
				codes.size() / (writingCpu / 1e9));
		System.out.printf("peak heap: %d MB (max heap %d MB)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}

	/** Runs the job on the shipped input into {@code work} and returns its state folder. */
	private static Path runJob(Path work) {
		Path state = work.resolve("state");
		int exit = SpringApplication.exit(SpringApplication.run(CareerBriefApplication.class, "--input=input",
				"--output=" + work.resolve("output"), "--state=" + state));
		if (exit != 0) {
			throw new IllegalStateException("The job failed (exit " + exit + ")");
		}
		return state;
	}

	/** Sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any moment. */
	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}
}
