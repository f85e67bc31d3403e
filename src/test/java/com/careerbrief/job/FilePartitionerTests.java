package com.careerbrief.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.careerbrief.ingest.InputFolder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilePartitionerTests {

	@TempDir
	Path input;

	@Test
	void filesAreSharedOutByBytesEachOnceAndOnlyTheFirstPartitionTakesTheEntriesNotRead() throws Exception {
		write("oews/big.csv", 9000);
		write("oews/mid.csv", 5000);
		write("projections/a.csv", 3000);
		write("projections/b.csv", 2000);
		write("onet/c.txt", 1000);
		write("README.md", 10);
		List<InputFolder.Entry> tables = InputFolder.scan(input).tables();

		Map<String, ExecutionContext> partitions = new FilePartitioner(tables, true).partition(2);

		assertThat(partitions).containsOnlyKeys("files0", "files1");
		// Largest first, each into the lighter partition: 9000 | 5000 + 3000 + 2000 = 10000, then 1000 to the first.
		assertThat(files(partitions, "files0")).containsExactly("oews/big.csv", "onet/c.txt");
		assertThat(files(partitions, "files1")).containsExactly("oews/mid.csv", "projections/a.csv", "projections/b.csv");
		assertThat(partitions.get("files0").getString(FilePartitioner.SET_ASIDE)).isEqualTo("true");
		assertThat(partitions.get("files1").getString(FilePartitioner.SET_ASIDE)).isEqualTo("false");
		assertThat(FilePartitioner.entries(tables, partitions.get("files1").getString(FilePartitioner.FILES)))
			.extracting(InputFolder.Entry::path)
			.containsExactly(input.toRealPath().resolve("oews/mid.csv"), input.toRealPath().resolve("projections/a.csv"),
					input.toRealPath().resolve("projections/b.csv"));
	}

	@Test
	void theSameFilesGiveTheSamePartitionsAndNeverMorePartitionsThanFiles() throws Exception {
		write("a.csv", 100);
		write("b.csv", 100);
		List<InputFolder.Entry> tables = InputFolder.scan(input).tables();

		Map<String, ExecutionContext> eight = new FilePartitioner(tables, false).partition(8);

		assertThat(eight).containsOnlyKeys("files0", "files1");
		assertThat(files(eight, "files0")).containsExactly("a.csv");
		assertThat(files(eight, "files1")).containsExactly("b.csv");
		assertThat(new FilePartitioner(tables, false).partition(8)).isEqualTo(eight);
	}

	@Test
	void aGridOfOneKeepsEveryFileInOnePartition() throws Exception {
		write("a.csv", 100);
		write("b.csv", 100);
		List<InputFolder.Entry> tables = InputFolder.scan(input).tables();

		// careerbrief.ingest-threads=1 (the default in one JVM) gives the local handler a grid of one
		Map<String, ExecutionContext> one = new FilePartitioner(tables, true).partition(1);

		assertThat(one).containsOnlyKeys("files0");
		assertThat(files(one, "files0")).containsExactly("a.csv", "b.csv");
	}

	@Test
	void anEmptyFolderStillHasOnePartitionSoThatItsEntriesNotReadAreAccountedFor() {
		Map<String, ExecutionContext> partitions = new FilePartitioner(List.of(), true).partition(4);

		assertThat(partitions).containsOnlyKeys("files0");
		assertThat(FilePartitioner.entries(List.of(), partitions.get("files0").getString(FilePartitioner.FILES))).isEmpty();
		assertThat(partitions.get("files0").getString(FilePartitioner.SET_ASIDE)).isEqualTo("true");
	}

	@Test
	void aFileGoneFromTheInputFolderDuringTheRunIsNamed() throws Exception {
		write("a.csv", 100);
		List<InputFolder.Entry> tables = InputFolder.scan(input).tables();

		assertThatThrownBy(() -> FilePartitioner.entries(tables, "a.csv\noews/gone.csv"))
			.hasMessageContaining("Input file oews/gone.csv of this partition is no longer in the input folder");
	}

	private void write(String name, int bytes) throws Exception {
		Path file = input.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "x".repeat(bytes));
	}

	private static List<String> files(Map<String, ExecutionContext> partitions, String name) {
		return List.of(partitions.get(name).getString(FilePartitioner.FILES).split("\n"));
	}

}
