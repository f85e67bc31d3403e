package com.careerbrief.config;

import java.nio.file.Path;
import java.util.List;

import com.careerbrief.reconcile.ReconcileProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run's configuration, bound from {@code careerbrief.*} (application.yml, command line
 * {@code --input=DIR --output=DIR}).
 *
 * @param input folder the run reads: table files anywhere below it, articles under {@code documents/}
 * @param output folder the run publishes to
 * @param state folder for the embedded job repository and staging database
 * @param maxRejectedRows rejected table rows tolerated before the run fails; -1 for no limit
 * @param chartOccupations SOC codes charted in the workbook
 * @param keepRuns completed runs kept under {@code output/runs/}
 * @param states states that get a state-led brief as well (e.g. IN, CA); empty for none
 * @param force run even when the inputs are unchanged since the last completed run
 * @param schedule a Spring cron expression (e.g. {@code 0 0 6 * * MON}): keep running and launch on it;
 *        empty to run once and exit
 * @param maxShrinkPercent how far the catalog or the staged figures may fall below the last published
 *        run's before the run fails unpublished (launch with {@code --allow-shrink} to publish it anyway)
 * @param progressSeconds seconds between the progress lines of long steps
 * @param threads threads (and slices of occupations) of the partitioned steps; 0 for one per core
 * @param ingestThreads threads (and shares of files) of the two ingest steps in one JVM, at most
 *        {@code threads}; 1 by default, because two were slower than one on the 2-core machine measured
 *        (the manager profile shares the files out into {@code careerbrief.remote.partitions} instead)
 * @param stopTimeoutSeconds how long a run asked to stop (SIGTERM) may take to finish its chunk
 * @param reconcile the reconciliation tolerances ({@code careerbrief.reconcile.*}); its defaults when absent
 * @param remote remote partitioning ({@code careerbrief.remote.*}, profiles manager and worker); its defaults when absent
 */
@ConfigurationProperties("careerbrief")
public record CareerBriefProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output,
		@DefaultValue("state") Path state, @DefaultValue("-1") long maxRejectedRows,
		@DefaultValue("29-2072") List<String> chartOccupations, @DefaultValue("3") int keepRuns,
		@DefaultValue("") List<String> states, @DefaultValue("false") boolean force,
		@DefaultValue("") String schedule, @DefaultValue("10") double maxShrinkPercent,
		@DefaultValue("5") int progressSeconds, @DefaultValue("0") int threads, @DefaultValue("1") int ingestThreads,
		@DefaultValue("60") long stopTimeoutSeconds, ReconcileProperties reconcile, RemoteProperties remote) {

	public CareerBriefProperties {
		reconcile = reconcile == null ? ReconcileProperties.defaults() : reconcile;
		remote = remote == null ? RemoteProperties.defaults() : remote;
	}

	/** The threads of the partitioned steps: as configured, or one per core. */
	public int partitionThreads() {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	/** The threads of the ingest steps in one JVM: as configured, at most {@link #partitionThreads()}. */
	public int ingestPartitionThreads() {
		return Math.max(1, Math.min(ingestThreads, partitionThreads()));
	}

	/** Folder of the source articles. */
	public Path documents() {
		return input.resolve("documents");
	}

}
