package com.careerbrief.report;

import java.util.Locale;

/** Names the per-occupation report files the same way for the workbook and the brief: "<soc>-<slug>.pdf". */
public final class BriefFileName {

	private BriefFileName() {
	}

	/**
	 * The brief's file name for one occupation.
	 * @param soc SOC code, e.g. "29-2072"
	 * @param title occupation title, e.g. "Medical Records Specialists"
	 * @return e.g. "29-2072-medical-records-specialists.pdf"
	 */
	public static String of(String soc, String title) {
		String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return soc + "-" + slug + ".pdf";
	}
}
