package com.careerbrief.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing switches output/latest, which the workbook and briefs links go through, and pruning
 * removes old published runs but never a failed run's folder, which its resume still needs.
 */
class OutputPublisherTests {

	@TempDir
	Path output;

	@Test
	void theWorkbookAndBriefsFollowLatestAndOnlyPublishedRunsArePruned() throws Exception {
		OutputPublisher publisher = new OutputPublisher(output);
		writeRun(publisher, 1, "first");
		writeRun(publisher, 2, "failed, to be resumed");
		writeRun(publisher, 3, "third");
		publisher.publish(1, 1, new PublishedCounts(1, 1, ""));

		publisher.publish(3, 1, new PublishedCounts(1, 1, ""));

		assertThat(Files.readString(output.resolve("careerbrief.xlsx"))).isEqualTo("third");
		assertThat(Files.readString(output.resolve("briefs/a.pdf"))).isEqualTo("third");
		assertThat(publisher.latestRun()).hasValue(3);
		assertThat(publisher.runFolder(1)).as("an older published run is pruned").doesNotExist();
		assertThat(publisher.runFolder(2)).as("a run never published is kept for its resume").isDirectory();
		assertThat(publisher.isPublished(3)).isTrue();
		assertThat(publisher.isPublished(2)).isFalse();
	}

	@Test
	void whereTheFileSystemHasNoLinksTheFilesAreCopiedAndLatestNamesTheRun() throws Exception {
		OutputPublisher publisher = new OutputPublisher(output, false);
		writeRun(publisher, 1, "first");
		writeRun(publisher, 3, "third");
		publisher.publish(1, 1, new PublishedCounts(1, 1, ""));

		publisher.publish(3, 1, new PublishedCounts(1, 1, ""));

		assertThat(output.resolve("careerbrief.xlsx")).isRegularFile().hasContent("third");
		assertThat(output.resolve("briefs")).isDirectory().isNotEmptyDirectory();
		assertThat(output.resolve("briefs/a.pdf")).isRegularFile().hasContent("third");
		assertThat(output.resolve("briefs")).isDirectoryNotContaining("glob:**/b.pdf");
		assertThat(Files.isSymbolicLink(output.resolve("latest"))).isFalse();
		assertThat(publisher.latestRun()).hasValue(3);
		assertThat(publisher.runFolder(1)).as("an older published run is pruned").doesNotExist();
	}

	private static void writeRun(OutputPublisher publisher, long runId, String content) throws Exception {
		Path briefs = Files.createDirectories(publisher.runFolder(runId).resolve(OutputPublisher.BRIEFS));
		Files.writeString(publisher.runFolder(runId).resolve(OutputPublisher.WORKBOOK), content);
		Files.writeString(briefs.resolve("a.pdf"), content);
		if (runId == 1) {
			Files.writeString(briefs.resolve("b.pdf"), content); // a brief the later run no longer has
		}
	}

}
