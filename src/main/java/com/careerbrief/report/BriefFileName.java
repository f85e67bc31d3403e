package com.careerbrief.report;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name of an occupation's PDF brief, shared by the brief writer and the workbook's links so
 * the two can never disagree.
 */
public final class BriefFileName {

	private BriefFileName() {
	}

	/**
	 * The brief's file name, e.g. {@code "29-2072-medical-records-specialists.pdf"}.
	 * @param soc the SOC code, e.g. "29-2072"
	 * @param title the occupation title, or null
	 * @return the SOC code, a lower-case slug of the title and ".pdf"
	 */
	public static String of(String soc, String title) {
		String slug = slug(title);
		return slug.isEmpty() ? soc + ".pdf" : soc + "-" + slug + ".pdf";
	}

	/** Lower-case ASCII, every run of other characters turned into one '-', no leading or trailing '-'. */
	static String slug(String title) {
		if (title == null) {
			return "";
		}
		// Strip accents first so "Café" becomes "cafe" rather than "caf".
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}
}
