package com.careerbrief.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.staging.StagingRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stages what each table row became: its figures and texts, or the row set aside with its reason.
 * Fails the step when its own rejected rows pass the configured limit (the step is one partition of the
 * table ingest; {@link PartitionCountsAggregator} applies the limit to all partitions together).
 */
class TableItemWriter implements ItemWriter<TableItem> {

	private static final Logger log = LoggerFactory.getLogger(TableItemWriter.class);

	/** Rejected rows a step names in the log; the workbook's Rejected input sheet lists every one. */
	static final int LOGGED_REJECTS = 20;

	private final StagingRepository staging;

	private final long runId;

	private final long maxRejected;

	private final Consumer<List<? extends TableItem>> committed;

	private StepCounts counts;

	/**
	 * @param committed given each chunk's items once its transaction has committed (the job keeps them in
	 * memory, so the next step need not read them back from staging)
	 */
	TableItemWriter(StagingRepository staging, long runId, long maxRejected, Consumer<List<? extends TableItem>> committed) {
		this.staging = staging;
		this.runId = runId;
		this.maxRejected = maxRejected;
		this.committed = committed;
	}

	@BeforeStep
	void beforeStep(StepExecution stepExecution) {
		counts = new StepCounts(stepExecution);
	}

	@Override
	public void write(Chunk<? extends TableItem> chunk) {
		List<RejectedRow> setAside = new ArrayList<>();
		for (TableItem item : chunk) {
			if (item.setAside() != null) {
				setAside.add(item.setAside());
			}
		}
		staging.addTableRows(runId, chunk.getItems());
		staging.addRejects(runId, setAside);
		List<? extends TableItem> items = List.copyOf(chunk.getItems());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed.accept(items);
				}
			});
		}
		long rejected = setAside.stream().filter(r -> !r.filtered()).count();
		logRejects(setAside, counts.rejected());
		counts.add(chunk.size() - setAside.size(), setAside.size() - rejected, rejected);
		if (maxRejected >= 0 && counts.rejected() > maxRejected) {
			RejectedRow last = setAside.stream().filter(r -> !r.filtered()).reduce((a, b) -> b).orElseThrow();
			throw new TooManyRejectsException(tooMany(maxRejected, counts.rejected(), last));
		}
	}

	/**
	 * Names the first rejected rows in the log with their file, line and reason, so an operator sees what was
	 * wrong without opening the workbook; filtered rows (broad codes, footnotes) are expected and not named.
	 */
	private static void logRejects(List<RejectedRow> setAside, long rejectedBefore) {
		long n = rejectedBefore;
		for (RejectedRow row : setAside) {
			if (row.filtered()) {
				continue;
			}
			n++;
			if (n <= LOGGED_REJECTS) {
				log.warn("Rejected {} line {}: {}", row.file(), row.line(), row.reason());
			}
			else if (n == LOGGED_REJECTS + 1) {
				log.warn("More rows rejected than the {} named here; the workbook's Rejected input sheet lists every one "
						+ "with its reason", LOGGED_REJECTS);
			}
		}
	}

	/** The failure's one line: the limit, how many rows passed it, and the last of them. */
	static String tooMany(long maxRejected, long rejected, RejectedRow last) {
		return "More than " + maxRejected + " rejected table rows (careerbrief.max-rejected-rows): " + rejected
				+ " so far; last: " + last.file() + " line " + last.line() + ": " + last.reason();
	}

}
