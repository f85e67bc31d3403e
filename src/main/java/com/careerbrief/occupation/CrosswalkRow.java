package com.careerbrief.occupation;

/**
 * One mapping line of the BLS SOC 2010 → 2018 crosswalk, with its {@code (#)} and {@code (##)} marks
 * turned into flags.
 *
 * @param line 1-based physical line in the file
 * @param code2010 e.g. "29-2071"
 * @param title2010 the 2010 title without the mark
 * @param split true when the 2010 title carried {@code (#)}: the 2010 code went to several 2018 codes
 * @param code2018 e.g. "29-2072"
 * @param title2018 the 2018 title without the mark
 * @param merged true when the 2018 title carried {@code (##)}: the 2018 code took in several 2010 codes
 */
public record CrosswalkRow(long line, String code2010, String title2010, boolean split, String code2018,
		String title2018, boolean merged) {

	/** True when nothing changed: same code, same title, no split, no merge. */
	public boolean unchanged() {
		return !split && !merged && code2010.equals(code2018) && title2010.equalsIgnoreCase(title2018);
	}

}
