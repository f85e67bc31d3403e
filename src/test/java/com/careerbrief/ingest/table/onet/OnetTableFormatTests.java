package com.careerbrief.ingest.table.onet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.OccupationText.Kind;
import com.careerbrief.model.SourceKind;

class OnetTableFormatTests {

	static final Path DIR = Path.of("input/onet");

	/*
	 * Expected accounting, derived from the raw files independently of this code with Python:
	 * rows = [l.split('\t') for l in open(f, newline='').read().split('\r\n')[1:] if l]; accepted = rows whose
	 * code ends in ".00", filtered = the rest (sub-occupations). No row has a wrong field count or n/a in its key
	 * field. Occupation Data 1016 = 867 + 149; Task Statements 18796 = 15638 + 3158; Alternate Titles
	 * 56560 = 52991 + 3569; Job Zones 923 = 774 + 149.
	 */
	@Test
	void accountsForEveryLineOfEachFile() throws IOException {
		assertThat(read(OnetFile.OCCUPATION_DATA).accounting()).isEqualTo(new FileAccounting("Occupation Data.txt",
				"O*NET tab-delimited Occupation Data", 1016, 867, 149, 0, null));
		assertThat(read(OnetFile.TASK_STATEMENTS).accounting())
			.extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::filtered, FileAccounting::rejected)
			.containsExactly(18796L, 15638L, 3158L, 0L);
		assertThat(read(OnetFile.ALTERNATE_TITLES).accounting())
			.extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::filtered, FileAccounting::rejected)
			.containsExactly(56560L, 52991L, 3569L, 0L);
		assertThat(read(OnetFile.JOB_ZONES).accounting())
			.extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::filtered, FileAccounting::rejected)
			.containsExactly(923L, 774L, 149L, 0L);
	}

	@Test
	void eachFormatRecognisesOnlyItsOwnFile() throws IOException {
		for (OnetFile kind : OnetFile.values()) {
			List<String> head = Files.readAllLines(DIR.resolve(kind.title() + ".txt")).subList(0, 20);
			for (OnetFile other : OnetFile.values()) {
				assertThat(new OnetTableFormat(other).accepts("renamed.txt", head)).as(other + " on " + kind)
					.isEqualTo(other == kind);
			}
		}
	}

	@Test
	void medicalRecordsSpecialistsOccupation() throws IOException {
		TableItem item = itemsFor(read(OnetFile.OCCUPATION_DATA), "29-2072").get(0);

		Occupation occupation = item.occupations().get(0);
		assertThat(occupation.socCode()).isEqualTo("29-2072");
		assertThat(occupation.title()).isEqualTo("Medical Records Specialists");
		assertThat(occupation.description()).contains("Includes medical coders");
		assertThat(item.texts()).extracting(OccupationText::kind).containsExactly(Kind.DESCRIPTION);
		assertThat(item.line()).isEqualTo(495);
		assertThat(item.texts().get(0).source()).satisfies(source -> {
			assertThat(source.publisher()).isEqualTo("U.S. Department of Labor, Employment and Training Administration "
					+ "(USDOL/ETA)");
			assertThat(source.title()).isEqualTo("O*NET 29.2 Database");
			assertThat(source.file()).endsWith("Occupation Data.txt");
			assertThat(source.kind()).isEqualTo(SourceKind.OFFICIAL);
			assertThat(source.url()).isEqualTo("https://www.onetcenter.org/database.html");
			assertThat(source.published()).isEqualTo("February 2025");
		});
	}

	@Test
	void medicalRecordsSpecialistsHas17RankedTasks() throws IOException {
		List<OccupationText> tasks = texts(itemsFor(read(OnetFile.TASK_STATEMENTS), "29-2072"));

		assertThat(tasks).hasSize(17);
		assertThat(tasks).extracting(OccupationText::rank).containsExactlyElementsOf(
				java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
		assertThat(tasks.get(0).text())
			.isEqualTo("Assign the patient to diagnosis-related groups (DRGs), using appropriate computer software.");
		assertThat(tasks.get(16).text()).isEqualTo("Transcribe medical reports.");
		assertThat(tasks.get(0).source().line()).isEqualTo(9780);
	}

	@Test
	void medicalRecordsSpecialistsHas53AlternateTitlesWithShortTitlesAsExtraTexts() throws IOException {
		List<TableItem> items = itemsFor(read(OnetFile.ALTERNATE_TITLES), "29-2072");

		assertThat(items).hasSize(53);
		// 15 of the 53 rows have a Short Title other than n/a (counted with grep/awk on the raw file).
		assertThat(texts(items)).hasSize(53 + 15);
		assertThat(items).filteredOn(i -> i.line() == 18083)
			.flatExtracting(TableItem::texts)
			.extracting(OccupationText::text)
			.containsExactly("Certified Professional Coder (CPC)", "CPC");
	}

	@Test
	void medicalRecordsSpecialistsIsJobZone3() throws IOException {
		assertThat(texts(itemsFor(read(OnetFile.JOB_ZONES), "29-2072")))
			.extracting(OccupationText::kind, OccupationText::text)
			.containsExactly(tuple(Kind.JOB_ZONE, "3"));
	}

	@Test
	void subOccupationIsFilteredWithReason() throws IOException {
		TableItem item = read(OnetFile.OCCUPATION_DATA).items().get(1);

		assertThat(item.setAside().raw()).startsWith("11-1011.03\tChief Sustainability Officers");
		assertThat(item.setAside().reason())
			.isEqualTo("O*NET sub-occupation 11-1011.03 is more specific than SOC 11-1011; only 11-1011.00 is "
					+ "reported under that code");
		assertThat(item.setAside().filtered()).isTrue();
	}

	@Test
	void headerOnlyFileReportsNoRows(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("Job Zones.txt"), "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n");

		Result result = read(OnetFile.JOB_ZONES, file);

		assertThat(result.items()).isEmpty();
		assertThat(result.accounting().error()).isEqualTo("no data rows after the header");
	}

	@Test
	void truncatedAndBadRowsAreRejectedWithReasons(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("Job Zones.txt"), "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n"
				+ "29-2072.00\t3\t11/2021\tAnalyst - Preliminary\r\n" + "29-2072.00\t3\r\n"
				+ "29-2072.00\tn/a\t11/2021\tAnalyst\r\n" + "Note: from onetcenter.org\r\n" + "\r\n");

		Result result = read(OnetFile.JOB_ZONES, file);

		assertThat(result.accounting()).extracting(FileAccounting::read, FileAccounting::accepted,
				FileAccounting::filtered, FileAccounting::rejected)
			.containsExactly(5L, 1L, 1L, 3L);
		assertThat(result.items().subList(1, 5))
			.extracting(i -> i.setAside().line(), i -> i.setAside().reason())
			.containsExactly(
					tuple(3L, "expected 4 tab-separated fields (O*NET-SOC Code, Job Zone, Date, Domain Source), "
							+ "found 2 (truncated row?)"),
					tuple(4L, "job zone 'n/a' is not a number from 1 to 5"),
					tuple(5L, "expected 4 tab-separated fields (O*NET-SOC Code, Job Zone, Date, Domain Source), "
							+ "found 1 (truncated row?)"),
					tuple(6L, "blank line"));
	}

	@Test
	void fileWithAnotherHeaderIsAWholeFileError(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("Job Zones.txt"), "OCC_CODE,OCC_TITLE\n11-1011,Chief Executives\n");

		assertThat(read(OnetFile.JOB_ZONES, file).accounting().error())
			.startsWith("first line is not the O*NET Job Zones header");
	}

	private static List<TableItem> itemsFor(Result result, String soc) {
		return result.items()
			.stream()
			.filter(i -> i.accepted() && i.texts().stream().anyMatch(t -> t.socCode().equals(soc)))
			.toList();
	}

	private static List<OccupationText> texts(List<TableItem> items) {
		return items.stream().flatMap(i -> i.texts().stream()).toList();
	}

	private static Result read(OnetFile kind) throws IOException {
		return read(kind, DIR.resolve(kind.title() + ".txt"));
	}

	private static Result read(OnetFile kind, Path file) throws IOException {
		List<TableItem> items = new ArrayList<>();
		try (TableSource source = new OnetTableFormat(kind).open(file)) {
			source.forEachRemaining(items::add);
			return new Result(items, source.accounting());
		}
	}

	record Result(List<TableItem> items, FileAccounting accounting) {
	}

}
