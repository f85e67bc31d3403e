package com.careerbrief.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.careerbrief.ingest.InputFolder;
import com.careerbrief.model.InputFile;

/**
 * The identity of a run's inputs: every file's relative path, size and SHA-256, plus the
 * configuration that changes the outputs. Equal fingerprints mean the outputs would be equal.
 */
public final class InputFingerprint {

	private InputFingerprint() {
	}

	/**
	 * The entries the run reads, with their hashes, and those it does not, with their reason in place of a
	 * hash: nothing outside the input folder is read or hashed, yet a new bad link still changes the run.
	 */
	public static List<InputFile> files(Path input) {
		return InputFolder.scan(input).entries().stream().map(InputFingerprint::file).toList();
	}

	private static InputFile file(InputFolder.Entry entry) {
		if (entry.reason() != null) {
			return new InputFile(entry.name(), 0, null, entry.reason());
		}
		return new InputFile(entry.name(), size(entry.path()), sha256(entry.path()));
	}

	static String of(List<InputFile> files, String configuration) {
		MessageDigest digest = digest();
		for (InputFile f : files) {
			digest.update((f.path() + "\0" + f.size() + "\0" + f.sha256() + "\0" + f.notRead() + "\n").getBytes(StandardCharsets.UTF_8));
		}
		digest.update(configuration.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
	}

	static String sha256(Path file) {
		MessageDigest digest = digest();
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static long size(Path p) {
		try {
			return Files.size(p);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
