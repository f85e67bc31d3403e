package com.careerbrief.ingest.table;

import java.util.Locale;
import java.util.Set;

import com.careerbrief.model.AreaType;

/** Classifies a free-text area name as the nation, a state (or state-equivalent) or a region. */
public final class AreaNames {

	private static final Set<String> NATION = Set.of("united states", "u.s.", "us", "usa", "national");

	private static final Set<String> STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
			"colorado", "connecticut", "delaware", "district of columbia", "florida", "georgia", "hawaii", "idaho",
			"illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts",
			"michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
			"new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
			"pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
			"vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico", "guam",
			"virgin islands");

	private AreaNames() {
	}

	/** NATIONAL for the U.S., STATE for a state name, otherwise REGION. */
	public static AreaType typeOf(String area) {
		String key = area.strip().toLowerCase(Locale.ROOT);
		if (NATION.contains(key)) {
			return AreaType.NATIONAL;
		}
		return STATES.contains(key) ? AreaType.STATE : AreaType.REGION;
	}

}
