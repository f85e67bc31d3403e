package com.careerbrief.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.document.UnreadableDocumentException;

/** Unreadable documents are reported by name and reason, and the other documents are still read. */
class DocumentClaimReaderUnreadableTests {

	@TempDir
	Path dir;

	@Test
	void folderReportsCorruptEmptyAndUnknownFilesAndReadsTheRest() throws Exception {
		Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
		Files.write(dir.resolve("empty.md"), new byte[0]);
		Files.writeString(dir.resolve("notes.xls"), "not an article");
		Files.write(dir.resolve("truncated.docx"), new byte[] { 'P', 'K', 3, 4, 0, 0 });
		Files.writeString(dir.resolve("welder.txt"), "Welder Pay\n\nWelders earned a median wage of $51,000 in May 2024.\n");

		DocumentFolderResult result = SeedArticleFixtures.reader().readFolder(dir);

		assertThat(result.read()).extracting(d -> d.document().info().file()).containsExactly("welder.txt");
		assertThat(SeedArticleFixtures.figure(result.read().get(0), com.careerbrief.model.Metric.WAGE, "51000")).isNotNull();
		assertThat(result.unreadable()).extracting(UnreadableDocument::fileName)
			.containsExactly("broken.pdf", "empty.md", "notes.xls", "truncated.docx");
		assertThat(result.unreadable().get(0).reason()).startsWith("corrupt or not a PDF file");
		assertThat(result.unreadable().get(1).reason()).isEqualTo("empty file (0 bytes)");
		assertThat(result.unreadable().get(2).reason()).startsWith("unknown format '.xls'");
		// Tika would read a truncated zip as an empty package; the missing end of the archive names it corrupt
		assertThat(result.unreadable().get(3).reason()).startsWith("corrupt .docx: the file is cut short");
	}

	@Test
	void singleReadThrowsWithNameAndReason() throws Exception {
		Path blank = dir.resolve("blank.txt");
		Files.writeString(blank, "  \n\n ");

		assertThatThrownBy(() -> SeedArticleFixtures.reader().read(blank)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("blank.txt: no text in the file")
			.satisfies(ex -> assertThat(((UnreadableDocumentException) ex).fileName()).isEqualTo("blank.txt"));
	}
}
