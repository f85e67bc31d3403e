package com.careerbrief.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per state folder: an OS file lock, released by the OS even when the JVM is
 * killed, so a crashed run never blocks the next launch.
 */
final class RunLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private RunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock, or returns null when another run holds it. */
	static RunLock tryAcquire(Path stateDir) throws IOException {
		Files.createDirectories(stateDir);
		FileChannel channel = FileChannel.open(stateDir.resolve("run.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null; // held by this JVM already (a test running the application twice at once)
		}
		if (lock == null) {
			channel.close();
			return null;
		}
		return new RunLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}

}
