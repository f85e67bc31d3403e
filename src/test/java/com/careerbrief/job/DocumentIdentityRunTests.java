package com.careerbrief.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbrief.ingest.document.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles are named by their path below documents/, extension included: files of the same name in
 * several formats or folders are several documents, a UTF-16 article is read, and every document that
 * gives no claim is listed with why (an error page, another language, no figure, content unlike its
 * extension, a cut-short .docx, a link leading outside the input folder).
 */
class DocumentIdentityRunTests {

	@TempDir
	static Path work;

	static Path output;

	static InProcessRun.Result run;

	static String article(String salary) {
		return "How to become a medical records technician. Medical records technicians organize and manage health"
				+ " information data. They ensure that the information is accurate, accessible and secure in both"
				+ " paper files and electronic systems. According to this guide, medical records technicians earn a"
				+ " median salary of " + salary + " per year, and most of them work in hospitals and physicians' offices.";
	}

	@BeforeAll
	static void runOnArticlesThatShareAName() throws Exception {
		Path input = InProcessRun.smallInput(work.resolve("input"));
		Path documents = input.resolve("documents");
		Files.createDirectories(documents.resolve("a"));
		Files.createDirectories(documents.resolve("b"));
		Files.writeString(documents.resolve("a/x.txt"), article("$41,010"));
		Files.writeString(documents.resolve("b/x.txt"), article("$41,020"));
		Files.writeString(documents.resolve("x.html"), "<html><head><title>Medical records technician</title></head>"
				+ "<body><p>" + article("$41,030") + "</p></body></html>");
		Files.write(documents.resolve("x.pdf"), TestDocuments.pdf(article("$41,040")));
		Files.write(documents.resolve("x.docx"), TestDocuments.docx(article("$41,050")));
		Files.write(documents.resolve("utf16.txt"), ("\uFEFF" + article("$41,060")).getBytes(StandardCharsets.UTF_16LE));
		// Set aside, each with its reason
		Files.write(documents.resolve("pdf-named-txt.txt"), TestDocuments.pdf(article("$41,070")));
		byte[] docx = TestDocuments.docx(article("$41,080"));
		Files.write(documents.resolve("cut.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
		Files.writeString(documents.resolve("gone.html"), "<html><head><title>404 Not Found</title></head><body>"
				+ "<h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>");
		Files.writeString(documents.resolve("spanish.txt"), "Los técnicos de registros médicos organizan y gestionan"
				+ " los datos de información de salud. Se aseguran de que la información sea precisa, accesible y segura"
				+ " tanto en archivos de papel como en sistemas electrónicos. Según esta guía, ganan un salario medio de"
				+ " $41,090 al año y la mayoría trabaja en hospitales y consultorios médicos de todo el país.");
		Files.writeString(documents.resolve("weather.txt"), "The weather in the spring is often mild, and the days"
				+ " grow longer as the season goes on. Many people like to walk in the park when the trees are in"
				+ " bloom, and some of them bring a book or a friend to share the afternoon with them in the sun.");
		Path outside = Files.createDirectories(work.resolve("outside"));
		Files.writeString(outside.resolve("secret-article.txt"), article("$41,099") + " OUTSIDE-SECRET-7f3a");
		Files.createSymbolicLink(documents.resolve("linked.txt"), outside.resolve("secret-article.txt"));
		Files.createSymbolicLink(documents.resolve("dangling.txt"), documents.resolve("deleted.txt"));
		output = work.resolve("output");
		run = InProcessRun.run(input, output, work.resolve("state"));
	}

	@Test
	void filesOfTheSameNameInSeveralFormatsOrFoldersAreSeveralDocuments() throws Exception {
		assertThat(run.exitCode()).as(run.log()).isZero();
		StreamedSheet claims = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Claims");
		Set<String> documents = claims.rows.stream().skip(1).map(row -> row.get(2).value()).collect(Collectors.toSet());
		assertThat(documents).contains("a/x.txt", "b/x.txt", "x.html", "x.pdf", "x.docx", "utf16.txt");
		String cells = claims.rows.toString();
		for (String salary : List.of("$41,010", "$41,020", "$41,030", "$41,040", "$41,050", "$41,060")) {
			assertThat(cells).as("the claim of the article stating " + salary).contains(salary);
		}
		assertThat(claims.rows).anySatisfy(row -> assertThat(row.get(1).value()).startsWith("a/x.txt#"));
	}

	@Test
	void everyDocumentThatGivesNoClaimIsListedWithWhy() throws Exception {
		StreamedSheet rejected = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Rejected input");
		assertThat(reason(rejected, "documents/pdf-named-txt.txt")).isEqualTo("document not read: content is a PDF"
				+ " document, not the plain text its .txt name says; rename it to .pdf to have it read");
		assertThat(reason(rejected, "documents/cut.docx")).startsWith("document not read: corrupt .docx: the file is cut short");
		assertThat(reason(rejected, "documents/gone.html")).isEqualTo("document set aside: an error page ('404 Not Found'),"
				+ " not an article");
		assertThat(reason(rejected, "documents/spanish.txt")).startsWith("document set aside: not English: ");
		assertThat(reason(rejected, "documents/weather.txt")).isEqualTo("no figure or fact found in the article");
		assertThat(reason(rejected, "documents/linked.txt"))
			.isEqualTo("link to a target outside the input folder: not followed, not read");
		assertThat(reason(rejected, "documents/dangling.txt")).isEqualTo("dangling link: its target does not exist");

		StreamedSheet accounting = StreamedSheet.read(output.resolve("careerbrief.xlsx"), "Input accounting");
		assertThat(accounting.rows).anySatisfy(row -> assertThat(row.stream().map(StreamedSheet.Cell::value).toList())
			.startsWith("documents/x.docx", "article (.docx)", "1.0", "1.0", "0.0", "0.0"));
		assertThat(accounting.rows).anySatisfy(row -> assertThat(row.stream().map(StreamedSheet.Cell::value).toList())
			.startsWith("documents/weather.txt", "article (.txt)", "1.0", "0.0", "1.0", "0.0"));
	}

	@Test
	void nothingFromOutsideTheInputFolderReachesTheWorkbook() throws Exception {
		for (String sheet : List.of("Claims", "Rejected input", "Input accounting", "Sources", "About")) {
			assertThat(StreamedSheet.read(output.resolve("careerbrief.xlsx"), sheet).rows.toString()).as(sheet)
				.doesNotContain("OUTSIDE-SECRET").doesNotContain("41,099").doesNotContain("secret-article");
		}
	}

	private static String reason(StreamedSheet rejected, String file) {
		return rejected.rows.stream().filter(row -> row.get(0).value().equals(file)).map(row -> row.get(3).value())
			.findFirst().orElseThrow(() -> new AssertionError(file + " not listed in Rejected input"));
	}

}
