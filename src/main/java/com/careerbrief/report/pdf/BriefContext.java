package com.careerbrief.report.pdf;

import com.lowagie.text.pdf.PdfWriter;

/**
 * What every section of one brief shares while it is written.
 *
 * @param facts queries over the occupation's report
 * @param fonts the brief's fonts and colours
 * @param options generation date and featured state
 * @param writer the open writer, for drawn charts
 */
record BriefContext(ReportFacts facts, BriefFonts fonts, BriefOptions options, PdfWriter writer) {

	Blocks blocks() {
		return new Blocks(fonts);
	}
}
