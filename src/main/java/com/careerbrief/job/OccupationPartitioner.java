package com.careerbrief.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits the run's occupations (in code order) into contiguous slices of nearly equal size, one per
 * partition, each named by its first and last code. The catalog is fixed once its step has run, so a
 * restart finds the same slices.
 */
class OccupationPartitioner implements Partitioner {

	static final String FIRST = "firstCode";

	static final String LAST = "lastCode";

	private final List<String> codes;

	OccupationPartitioner(List<String> codes) {
		this.codes = codes;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> slices = new LinkedHashMap<>();
		int parts = Math.max(1, Math.min(gridSize, codes.size()));
		for (int i = 0; i < parts && !codes.isEmpty(); i++) {
			int from = codes.size() * i / parts;
			int to = codes.size() * (i + 1) / parts - 1;
			ExecutionContext slice = new ExecutionContext();
			slice.putString(FIRST, codes.get(from));
			slice.putString(LAST, codes.get(to));
			slices.put("occupations" + i, slice);
		}
		return slices;
	}

	/** The codes of one slice, from its first to its last code inclusive. */
	static List<String> slice(List<String> codes, String first, String last) {
		return codes.stream().filter(c -> c.compareTo(first) >= 0 && c.compareTo(last) <= 0).toList();
	}

}
