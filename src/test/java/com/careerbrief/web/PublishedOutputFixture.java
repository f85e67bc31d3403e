package com.careerbrief.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.careerbrief.report.OccupationPage;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An output folder laid out as a publish leaves it (runs/N with briefs/, occupations/, the workbook and the
 * published mark; latest a link to it), with two occupations, for the portal's slice tests.
 */
public final class PublishedOutputFixture {

	public static final String MEDICAL_RECORDS_BRIEF = "29-2072-medical-records-specialists.pdf";

	private PublishedOutputFixture() {
	}

	public static OccupationPage medicalRecords() {
		return new OccupationPage("29-2072", "Medical Records Specialists", "Compile, process, and maintain medical records.",
				List.of("Certified Coding Specialist", "medical records technicians"),
				List.of("Certified Coding Specialist", "Medical Coder", "Health Information Technician",
						"medical records technicians"),
				"May 2024",
				List.of(new OccupationPage.Fact("Median pay, May 2024", "$50,250 per year", "$24.16 per hour")),
				"The median annual wage was $50,250 in May 2024: half of workers earned more and half earned less.",
				List.of(new OccupationPage.SourceSays("An article says the average is $37,110.",
						"$37,110 is the May 2015 median, not today's.", "Career profile", "$50,250", "median, May 2024",
						false)),
				MEDICAL_RECORDS_BRIEF, Map.of("NY", "29-2072-medical-records-specialists-ny.pdf"));
	}

	public static OccupationPage surgicalTechnologists() {
		return new OccupationPage("29-2055", "Surgical Technologists", null, List.of(), List.of("Scrub Tech"),
				"May 2024", List.of(), null, List.of(), "29-2055-surgical-technologists.pdf", Map.of());
	}

	/** Publishes run {@code runId} into {@code output} (switching latest to it) and returns its folder. */
	public static Path publish(Path output, long runId, String marker) throws IOException {
		Path run = Files.createDirectories(output.resolve("runs").resolve(String.valueOf(runId)));
		Path briefs = Files.createDirectories(run.resolve("briefs"));
		Path pages = Files.createDirectories(run.resolve("occupations"));
		ObjectMapper json = new ObjectMapper();
		for (OccupationPage page : List.of(medicalRecords(), surgicalTechnologists())) {
			json.writeValue(pages.resolve(page.socCode() + ".json").toFile(), page);
			Files.write(briefs.resolve(page.brief()), pdf(page.title() + " brief " + marker));
			for (String edition : page.stateBriefs().values()) {
				Files.write(briefs.resolve(edition), pdf(page.title() + " state edition " + marker));
			}
		}
		Files.writeString(run.resolve("careerbrief.xlsx"), "workbook of run " + runId + " " + marker);
		Files.writeString(run.resolve(".published"), "published\n");
		Path tmp = output.resolve(".latest.tmp");
		Files.deleteIfExists(tmp);
		Files.createSymbolicLink(tmp, Path.of("runs", String.valueOf(runId)));
		Files.move(tmp, output.resolve("latest"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return run;
	}

	/** A one-page PDF that says {@code text}. */
	public static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
