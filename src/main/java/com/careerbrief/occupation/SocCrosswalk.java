package com.careerbrief.occupation;

/**
 * Maps occupation codes as published (SOC 2010, SOC 2018, OEWS hybrid codes) to the SOC 2018 code
 * careerbrief reports under.
 */
public interface SocCrosswalk {

	/**
	 * Maps a published code.
	 * @param code a code such as "29-2071", "29-2072" or "29-2098"
	 * @return the mapping; never null (an unknown or already-2018 code maps to itself with no note)
	 */
	Mapping map(String code);

	/**
	 * A mapped code.
	 * @param socCode the SOC 2018 code to report under; a hybrid code stays the hybrid code
	 * @param note what a person should know ("SOC 2010 29-2071 split: part now 29-9021"; "OEWS hybrid
	 *        code 2019–2020, includes 29-2072"), or null
	 */
	record Mapping(String socCode, String note) {
	}

	/** A crosswalk that maps every code to itself. */
	static SocCrosswalk identity() {
		return code -> new Mapping(code, null);
	}

}
