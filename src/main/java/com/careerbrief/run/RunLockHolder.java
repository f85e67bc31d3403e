package com.careerbrief.run;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.careerbrief.config.CareerBriefProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Holds the state folder's run lock for the life of the process, taken before the job repository
 * is opened: a second process on the same state folder (a launch, a scheduler, a history listing)
 * is refused before it touches the database, with a message saying why.
 */
@Component
@Profile("!worker") // a remote worker launches no run: it runs partitions of the manager's
public class RunLockHolder implements DisposableBean {

	private final RunLock lock;

	RunLockHolder(CareerBriefProperties properties, ApplicationArguments args) {
		try {
			this.lock = RunLock.tryAcquire(properties.state());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the run lock in " + properties.state().toAbsolutePath(), ex);
		}
		if (lock == null) {
			String folder = properties.state().toAbsolutePath().toString();
			throw new AnotherRunInProgressException(args.containsOption("history")
					? "A careerbrief run is in progress on state folder " + folder
							+ "; --history can read the run history once it ends"
					: "Another careerbrief run is in progress on state folder " + folder + "; not starting a second one");
		}
	}

	@Override
	public void destroy() throws IOException {
		lock.close();
	}

	/** Another process holds the state folder. */
	static final class AnotherRunInProgressException extends RuntimeException {

		AnotherRunInProgressException(String message) {
			super(message);
		}

	}

}
