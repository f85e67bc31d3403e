package com.careerbrief.report.pdf;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfWriter;

/** Writes one brief into a stream: metadata, footer, then the sections in reading order. */
final class BriefComposer {

	private final BriefOptions options;

	BriefComposer(BriefOptions options) {
		this.options = options;
	}

	/**
	 * Writes the brief with its lists shortened {@code shortening} times (see {@link BriefContext#cap});
	 * returns its number of pages, as its footer prints it.
	 */
	int compose(OccupationReport report, OutputStream out, int shortening) {
		BriefFonts fonts = new BriefFonts();
		Document document = new Document(options.pageSize(), 36, 36, 30, 38);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
		Occupation occupation = report.occupation();
		PageFooter footer = new PageFooter(fonts, title(occupation, options), occupation.socCode(),
				SourcesSection.DATE.format(options.generatedOn()));
		writer.setPageEvent(footer);
		describe(document, report);
		document.open();
		BriefContext context = new BriefContext(new ReportFacts(report), fonts, options, writer, shortening);
		BriefLayout layout = new BriefLayout(document, context);
		new HeaderSection(layout).elements(context).forEach(document::add);
		layout.full(new QuickFactsSection());
		// Pay (charts, kept whole) comes before the long text columns, which can then flow on to page 2.
		layout.full(new PaySection());
		layout.pair(new WhatTheyDoSection(), new HowToBecomeSection());
		layout.pair(FactListSection.skills(), FactListSection.workSettings());
		layout.full(FactListSection.careerLadder());
		layout.full(new SourcesSaySection());
		layout.full(new SourcesSection());
		document.close();
		return footer.pages();
	}

	/** "Medical Records Specialists", or "Medical Records Specialists in Indiana" for a state edition. */
	static String title(Occupation occupation, BriefOptions options) {
		return options.stateLed() ? occupation.title() + " in " + options.featuredState() : occupation.title();
	}

	/** Title, subject and keywords, and the generation date as the creation date so a rerun gives the same file info. */
	private void describe(Document document, OccupationReport report) {
		Occupation occupation = report.occupation();
		document.addTitle(title(occupation, options) + " (" + occupation.socCode() + ") — counselor brief");
		document.addSubject("Pay, job outlook, education and what articles say about " + occupation.title()
				+ ", checked against official data");
		List<String> keywords = new ArrayList<>(List.of(occupation.socCode(), occupation.title(), "career brief",
				"wages", "job outlook"));
		if (options.stateLed()) {
			keywords.add(options.featuredState());
		}
		document.addKeywords(String.join(", ", keywords));
		document.addAuthor("CareerBrief");
		document.addCreator("CareerBrief");
		GregorianCalendar calendar = GregorianCalendar.from(options.generatedOn().atStartOfDay(ZoneOffset.UTC));
		calendar.setTimeZone(TimeZone.getTimeZone("UTC"));
		document.addCreationDate(new PdfDate(calendar));
	}
}
