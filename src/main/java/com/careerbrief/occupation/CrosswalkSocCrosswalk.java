package com.careerbrief.occupation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link SocCrosswalk} built from the BLS SOC 2010 → 2018 crosswalk: a SOC 2010 code maps to its
 * primary 2018 successor (see {@link SplitSuccessorPolicy}) with a note; a 2018 code maps to itself;
 * an OEWS hybrid code (not in either SOC, detailed digit 8, e.g. 29-2098) maps to itself with a note.
 */
public final class CrosswalkSocCrosswalk implements SocCrosswalk {

	private final Map<String, List<CrosswalkRow>> by2010 = new LinkedHashMap<>();

	private final Set<String> codes2018 = new HashSet<>();

	public CrosswalkSocCrosswalk(List<CrosswalkRow> rows) {
		for (CrosswalkRow row : rows) {
			by2010.computeIfAbsent(row.code2010(), code -> new ArrayList<>()).add(row);
			codes2018.add(row.code2018());
		}
	}

	@Override
	public Mapping map(String code) {
		String trimmed = code == null ? "" : code.trim();
		List<CrosswalkRow> rows = by2010.get(trimmed);
		if (rows != null) {
			CrosswalkRow primary = SplitSuccessorPolicy.primary(rows);
			return new Mapping(primary.code2018(), primary.unchanged() ? null : note(primary));
		}
		if (!codes2018.contains(trimmed) && isHybridShaped(trimmed)) {
			return new Mapping(trimmed, "OEWS hybrid code " + trimmed + " (not a SOC 2018 code: OEWS May 2019–2020 "
					+ "and EP 2019–29 used it for a group of SOC 2018 occupations); kept as published");
		}
		return new Mapping(trimmed, null);
	}

	/** The person-readable note for one crosswalk row, naming the other successors of a split code. */
	public String note(CrosswalkRow row) {
		List<String> qualifiers = new ArrayList<>();
		if (row.split()) {
			List<String> others = by2010.getOrDefault(row.code2010(), List.of())
				.stream()
				.map(CrosswalkRow::code2018)
				.filter(other -> !other.equals(row.code2018()))
				.toList();
			qualifiers.add(others.isEmpty() ? "code split" : "code split; part now " + String.join(", ", others));
		}
		if (row.merged()) {
			qualifiers.add(row.code2018() + " also takes in other SOC 2010 codes");
		}
		if (!row.code2010().equals(row.code2018()) && !row.split() && !row.merged()) {
			qualifiers.add("new code");
		}
		return "SOC 2010 " + row.code2010() + " " + row.title2010() + " → " + row.code2018() + " " + row.title2018()
				+ (qualifiers.isEmpty() ? "" : " (" + String.join("; ", qualifiers) + ")");
	}

	/** OEWS hybrid codes end in 8 in the detailed digit and are not SOC codes (29-2098, 29-9098, 13-1028). */
	private boolean isHybridShaped(String code) {
		return code.matches("\\d{2}-\\d{3}8");
	}

}
