package com.careerbrief.ingest.table.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.OccupationText;

class CrosswalkTableFormatTests {

	static final Path FILE = Path.of("input/crosswalk/soc_2010_to_2018_crosswalk.csv");

	static final String HEADER = "2010 SOC Code,2010 SOC Title,2018 SOC Code,2018 SOC Title\n";

	final CrosswalkTableFormat format = new CrosswalkTableFormat();

	@Test
	void detectsTheCrosswalkByItsHeaderAfterThePreamble() throws IOException {
		List<String> head = Files.readAllLines(FILE).subList(0, 20);

		assertThat(format.accepts("anything.csv", head)).isTrue();
		assertThat(format.accepts("soc_2010_to_2018_crosswalk.csv", List.of("OCC_CODE,OCC_TITLE"))).isFalse();
	}

	@Test
	void accountsForEveryMappingRow() throws IOException {
		// Expected counts from the raw file, independently of this code:
		// python3 -c "import csv; r=list(csv.reader(open(F,newline='')))[9:]; print(len(r),
		// sum(1 for x in r if x[0]==x[2] and x[1]==x[3]))" prints 900 681:
		// 900 mappings, 681 with the same code and the same unmarked title.
		List<TableItem> items = new ArrayList<>();
		FileAccounting accounting;
		try (TableSource source = format.open(FILE)) {
			source.forEachRemaining(items::add);
			accounting = source.accounting();
		}

		assertThat(items).hasSize(900);
		assertThat(accounting).isEqualTo(new FileAccounting("soc_2010_to_2018_crosswalk.csv",
				"SOC 2010 to 2018 crosswalk (BLS)", 900, 219, 681, 0, null));
		assertThat(items.get(0).line()).isEqualTo(10);
		assertThat(items.get(0).setAside().reason()).startsWith("unchanged from SOC 2010 to 2018");
	}

	@Test
	void medicalRecordsSplitRowsBecomeNotesUnderEach2018Code() throws IOException {
		List<OccupationText> notes = new ArrayList<>();
		try (TableSource source = format.open(FILE)) {
			source.forEachRemaining(item -> notes.addAll(item.texts()));
		}

		assertThat(notes).filteredOn(note -> note.text().startsWith("SOC 2010 29-2071"))
			.extracting(OccupationText::socCode, OccupationText::kind, OccupationText::text)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("29-2072", OccupationText.Kind.CROSSWALK_NOTE,
							"SOC 2010 29-2071 Medical Records and Health Information Technicians → 29-2072 "
									+ "Medical Records Specialists (code split; part now 29-9021)"),
					org.assertj.core.groups.Tuple.tuple("29-9021", OccupationText.Kind.CROSSWALK_NOTE,
							"SOC 2010 29-2071 Medical Records and Health Information Technicians → 29-9021 "
									+ "Health Information Technologists and Medical Registrars (code split; part now "
									+ "29-2072; 29-9021 also takes in other SOC 2010 codes)"));
		assertThat(notes.get(0).source().line()).isPositive();
	}

	@Test
	void headerOnlyFileReportsNoDataRows(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("cw.csv"), "November 2017,,,\n" + HEADER);

		FileAccounting accounting = drain(file);

		assertThat(accounting.read()).isZero();
		assertThat(accounting.error()).isEqualTo("no data rows after the header");
	}

	@Test
	void truncatedAndBadRowsAreRejectedWithReasons(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("cw.csv"), HEADER
				+ "29-2071,Medical Records and Health Information Technicians (#),29-2072,Medical Records Specialists\n"
				+ "29-2071,Medical Records\n" + "Note: see soc.bls.gov,,,\n" + "29-9099,\"Healthcare Practitioners");
		List<TableItem> items = new ArrayList<>();
		FileAccounting accounting;
		try (TableSource source = format.open(file)) {
			source.forEachRemaining(items::add);
			accounting = source.accounting();
		}

		assertThat(accounting.read()).isEqualTo(4);
		assertThat(accounting.accepted()).isEqualTo(1);
		assertThat(accounting.rejected()).isEqualTo(3);
		assertThat(items.get(1).setAside().reason()).isEqualTo(
				"expected 4 cells (2010 code, 2010 title, 2018 code, 2018 title), found 2 (truncated row?)");
		assertThat(items.get(1).setAside().line()).isEqualTo(3);
		assertThat(items.get(2).setAside().reason()).contains("expected SOC codes like 29-2071");
		assertThat(items.get(3).setAside().reason()).contains("quoted cell is never closed");
		assertThat(items.get(3).setAside().line()).isEqualTo(5);
	}

	private FileAccounting drain(Path file) throws IOException {
		try (TableSource source = format.open(file)) {
			source.forEachRemaining(item -> {
			});
			return source.accounting();
		}
	}

}
