package com.careerbrief.job;

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

import com.careerbrief.model.InputFile;

/**
 * The identity of a run's inputs: every file's relative path, size and SHA-256, plus the
 * configuration that changes the outputs. Equal fingerprints mean the outputs would be equal.
 */
final class InputFingerprint {

	private InputFingerprint() {
	}

	static List<InputFile> files(Path input) {
		try (var walk = Files.walk(input)) {
			return walk.filter(Files::isRegularFile)
				.sorted()
				.map(p -> new InputFile(input.relativize(p).toString().replace('\\', '/'), size(p), sha256(p)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list input folder " + input, ex);
		}
	}

	static String of(List<InputFile> files, String configuration) {
		MessageDigest digest = digest();
		for (InputFile f : files) {
			digest.update((f.path() + "\0" + f.size() + "\0" + f.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
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
