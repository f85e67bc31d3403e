package com.careerbrief.reconcile;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careerbrief.model.SourceDependence;

/**
 * The sources of a run that probably copy one another ({@link CopyDetector}), grouped in families, and how
 * much of a source's vote is left once the members of its family that vote for the same value are counted.
 */
public final class SourceDependences {

	private final List<SourceDependence> pairs;

	private final Map<String, String> families;

	/** Per source, the probability it depends on each other source, in both directions. */
	private final Map<String, Map<String, Double>> dependent = new HashMap<>();

	/** Pairs by family, then copier, then original: the order the workbook lists them in. */
	private static final Comparator<SourceDependence> ORDER = Comparator.comparing(SourceDependence::familyId)
		.thenComparing(SourceDependence::sourceId)
		.thenComparing(SourceDependence::copiesFrom);

	SourceDependences(List<SourceDependence> pairs, Map<String, String> families) {
		this.pairs = pairs.stream().sorted(ORDER).toList();
		this.families = Map.copyOf(families);
		for (SourceDependence d : pairs) {
			dependent.computeIfAbsent(d.sourceId(), k -> new HashMap<>()).merge(d.copiesFrom(), d.probability(), Math::max);
			dependent.computeIfAbsent(d.copiesFrom(), k -> new HashMap<>()).merge(d.sourceId(), d.probability(), Math::max);
		}
	}

	/** No source is known to copy another. */
	public static SourceDependences none() {
		return new SourceDependences(List.of(), Map.of());
	}

	/**
	 * The dependences found earlier in the run, as staged: each pair names its family, and every source
	 * of a pair belongs to that family.
	 */
	public static SourceDependences of(List<SourceDependence> pairs) {
		Map<String, String> families = new HashMap<>();
		for (SourceDependence d : pairs) {
			families.put(d.sourceId(), d.familyId());
			families.put(d.copiesFrom(), d.familyId());
		}
		return new SourceDependences(pairs, families);
	}

	/** Every dependent pair: copier, original, probability and the shared values behind it. */
	public List<SourceDependence> all() {
		return pairs;
	}

	/** The family a source belongs to (the id of its original), or the source's own id when it copies no one. */
	public String family(String sourceId) {
		return families.getOrDefault(sourceId, sourceId);
	}

	/** True when the two sources were found directly dependent (one probably copies the other). */
	boolean dependent(String a, String b) {
		return dependent.getOrDefault(a, Map.of()).containsKey(b);
	}

	/**
	 * The share of a source's vote for a value that still counts when {@code earlier} sources, already
	 * counted, give the same value: the product of 1 − P(dependent) over them, so a certain copy adds nothing
	 * and an independent source keeps its whole vote.
	 */
	double independence(String sourceId, Collection<String> earlier) {
		Map<String, Double> mine = dependent.getOrDefault(sourceId, Map.of());
		double left = 1;
		for (String other : earlier) {
			left *= 1 - mine.getOrDefault(other, 0.0);
		}
		return left;
	}
}
