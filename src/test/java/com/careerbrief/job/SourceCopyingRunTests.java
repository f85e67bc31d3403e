package com.careerbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same article saved under two file names, and a third article that repeats its figures in its own
 * words: the workbook shows the three as one source family, and the brief shows each copied figure once,
 * with how many articles state it.
 */
class SourceCopyingRunTests {

	@TempDir
	static Path work;

	static InProcessRun.Result run;

	@BeforeAll
	static void runOnACopiedArticle() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("input"));
		// The 2014–24 and 2016–26 projections, where the articles' 2015 wages and 2016–26 growth come from.
		for (String table : List.of("ep_2014-24_table1.7_occupational_projections.csv", "ep_2016-26_table1.7_occupational_projections.csv")) {
			Files.copy(Path.of("input/projections").resolve(table), input.resolve("projections").resolve(table));
		}
		Path documents = input.resolve("documents");
		Files.copy(documents.resolve("medical-records-technician-career-profile.txt"),
				documents.resolve("career-profile-reprint.txt"));
		Files.copy(Path.of("src/test/resources/job/copied-articles/medical-records-technician-salary-guide.txt"),
				documents.resolve("medical-records-technician-salary-guide.txt"));
		run = InProcessRun.run(input, work.resolve("output"), work.resolve("state"));
	}

	@Test
	void theWorkbookShowsTheThreeArticlesAsOneSourceFamily() throws Exception {
		assertThat(run.exitCode()).as(run.log()).isZero();
		StreamedSheet families = StreamedSheet.read(work.resolve("output/careerbrief.xlsx"), "Source families");
		List<List<StreamedSheet.Cell>> rows = families.rows.subList(1, families.rows.size());
		Set<String> familyIds = new HashSet<>();
		Set<String> sources = new HashSet<>();
		for (List<StreamedSheet.Cell> row : rows) {
			familyIds.add(row.get(families.column("Family")).value());
			sources.add(row.get(families.column("Source")).value());
			sources.add(row.get(families.column("Probably copies")).value());
		}
		assertThat(familyIds).hasSize(1);
		assertThat(sources).hasSize(3).allSatisfy(s -> assertThat(s).containsAnyOf("career-profile", "salary-guide"));
		// The reprint is the same text; the salary guide shares the article's stale 2015 figures.
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get(families.column("Basis")).value()).startsWith("same text");
			assertThat(row.get(families.column("Probability")).value()).isEqualTo("1.0");
		});
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get(families.column("Basis")).value()).isEqualTo("shared values");
			assertThat(row.get(families.column("Source")).value() + row.get(families.column("Probably copies")).value())
				.contains("salary-guide");
			assertThat(row.get(families.column("Shared values")).value()).contains("$37,110").contains("wrong or stale");
		});
	}

	@Test
	void theBriefShowsEachCopiedFigureOnceWithItsCount() throws Exception {
		String text;
		try (PDDocument pdf = Loader.loadPDF(work.resolve("output/briefs/29-2072-medical-records-specialists.pdf").toFile())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(count(text, "An article says the average is $37,110.")).isEqualTo(1);
		assertThat(text).contains("An article says the average is $37,110. $37,110 appears in 3 articles that copy one another;"
				+ " all repeat the 2015 median.");
		assertThat(count(text, "the top 10% earn $61,400")).isEqualTo(1);
		assertThat(text).contains("$61,400 appears in 3 articles that copy one another");
		// The independent article's figure stands alone.
		assertThat(text).contains("An article says employment will grow 9% over 2023–33. No official");
	}

	private static int count(String text, String what) {
		Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
