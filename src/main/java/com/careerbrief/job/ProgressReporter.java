package com.careerbrief.job;

import java.nio.file.Path;
import java.time.Duration;

import com.careerbrief.model.FileAccounting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator how a long step is going: which file, items done out of the total where known,
 * the rate and the time left.
 */
class ProgressReporter {

	private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

	private final long everyNanos;

	private long started = System.nanoTime();

	private long lastReport = started;

	ProgressReporter(Duration every) {
		this.everyNanos = every.toNanos();
	}

	void file(String step, int index, int total, Path file) {
		log.info("{}: file {}/{} {}", step, index, total, file.getFileName());
	}

	void fileDone(FileAccounting a) {
		log.info("  {} [{}]: read {} = accepted {} + filtered {} + rejected {}{}", a.file(), a.layout(), a.read(),
				a.accepted(), a.filtered(), a.rejected(), a.error() == null ? "" : " (" + a.error() + ")");
	}

	void start() {
		started = System.nanoTime();
		lastReport = started;
	}

	/** Reports at most once per interval, and when the last item is done. */
	void items(String step, long done, long total) {
		long now = System.nanoTime();
		if (now - lastReport < everyNanos && done != total) {
			return;
		}
		lastReport = now;
		double seconds = Math.max(1e-3, (now - started) / 1e9);
		double rate = done / seconds;
		String left = total > 0 && rate > 0 ? String.format(", about %ds left", Math.round((total - done) / rate)) : "";
		log.info("{}: {}/{} ({} per second{})", step, done, total > 0 ? total : "?", Math.round(rate), left);
	}

}
