package com.careerbrief.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbrief.ingest.InputFolder;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits input files into partitions of nearly equal bytes: the largest file first, each into the
 * partition that holds the fewest bytes so far. A partition names its files by their path relative to
 * the input folder, one per line, in name order. The split depends only on the files, so a restart
 * (whose inputs are the same, or it would be another run) finds the same partitions. The first
 * partition also takes the entries that are not read, so that each gets its line in the accounting
 * once; there is always one partition, even for an empty folder.
 */
class FilePartitioner implements Partitioner {

	static final String FILES = "files";

	static final String SET_ASIDE = "setAside";

	private final List<InputFolder.Entry> files;

	private final boolean withSetAside;

	FilePartitioner(List<InputFolder.Entry> files, boolean withSetAside) {
		this.files = files;
		this.withSetAside = withSetAside;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		int parts = Math.max(1, Math.min(gridSize, files.size()));
		List<List<String>> names = new ArrayList<>();
		long[] bytes = new long[parts];
		for (int i = 0; i < parts; i++) {
			names.add(new ArrayList<>());
		}
		Map<InputFolder.Entry, Long> sizes = files.stream().collect(Collectors.toMap(Function.identity(),
				FilePartitioner::size));
		List<InputFolder.Entry> largestFirst = files.stream()
			.sorted(Comparator.comparing((InputFolder.Entry e) -> sizes.get(e)).reversed()
				.thenComparing(InputFolder.Entry::name))
			.toList();
		for (InputFolder.Entry file : largestFirst) {
			int lightest = 0;
			for (int i = 1; i < parts; i++) {
				if (bytes[i] < bytes[lightest]) {
					lightest = i;
				}
			}
			names.get(lightest).add(file.name());
			bytes[lightest] += sizes.get(file);
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < parts; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILES, names.get(i).stream().sorted().collect(Collectors.joining("\n")));
			context.putString(SET_ASIDE, Boolean.toString(withSetAside && i == 0));
			partitions.put("files" + i, context);
		}
		return partitions;
	}

	/** Bytes of a file as it will be read; 0 when it cannot be told (its reader reports why). */
	private static long size(InputFolder.Entry file) {
		try {
			return Files.size(file.path());
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * The entries a partition names, found among {@code files} (the same listing of the input folder).
	 *
	 * @throws IllegalStateException when one is no longer there: the input changed under the run
	 */
	static List<InputFolder.Entry> entries(List<InputFolder.Entry> files, String names) {
		if (names == null || names.isEmpty()) {
			return List.of();
		}
		Map<String, InputFolder.Entry> byName = files.stream()
			.collect(Collectors.toMap(InputFolder.Entry::name, Function.identity()));
		List<InputFolder.Entry> entries = new ArrayList<>();
		for (String name : names.split("\n")) {
			InputFolder.Entry entry = byName.get(name);
			if (entry == null) {
				throw new IllegalStateException("Input file " + name + " of this partition is no longer in the input "
						+ "folder: the input changed during the run; launch it again to start a new run");
			}
			entries.add(entry);
		}
		return entries;
	}

}
