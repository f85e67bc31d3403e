package com.careerbrief.ingest.table.projections;

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
import com.careerbrief.occupation.SocCrosswalk;

class EducationAssignmentsTableFormatTests {

	static final Path FILE = Path.of("input/projections/ep_table5.4_education_training_2021.csv");

	final EducationAssignmentsTableFormat format = new EducationAssignmentsTableFormat(SocCrosswalk.identity());

	@Test
	void accountsForEveryRow() throws IOException {
		// Python csv over the raw file: 835 records = title + header + 833 data rows; 832 have a code like
		// 29-2072 and an education value, 1 is the "Source: Employment Projections program…" note.
		List<TableItem> items = new ArrayList<>();
		FileAccounting accounting = read(FILE, items);

		assertThat(accounting).isEqualTo(new FileAccounting("ep_table5.4_education_training_2021.csv",
				"BLS Employment Projections Table 5.4 education assignments", 833, 832, 1, 0, null));
		assertThat(items.get(832).setAside().reason()).isEqualTo("footnote or note below the table, not an occupation");
	}

	@Test
	void medicalRecordsSpecialistsNeedAPostsecondaryNondegreeAward() throws IOException {
		List<TableItem> items = new ArrayList<>();
		read(FILE, items);

		OccupationText text = items.stream().filter(i -> i.line() == 369).findFirst().orElseThrow().texts().get(0);
		assertThat(text.socCode()).isEqualTo("29-2072");
		assertThat(text.kind()).isEqualTo(OccupationText.Kind.ENTRY_EDUCATION);
		assertThat(text.text()).isEqualTo("Postsecondary nondegree award");
		assertThat(text.source().title()).endsWith(", 2021");
	}

	@Test
	void isNotMistakenForTheProjectionsTable() throws IOException {
		List<String> head = Files.readAllLines(FILE).subList(0, 20);
		List<String> projections = Files
			.readAllLines(Path.of("input/projections/ep_2024-34_table1.2_occupational_projections.csv"))
			.subList(0, 20);

		assertThat(format.accepts("x.csv", head)).isTrue();
		assertThat(format.accepts("x.csv", projections)).isFalse();
	}

	@Test
	void truncatedRowIsRejected(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("t.csv"), String.join("\n", Files.readAllLines(FILE).subList(0, 2))
				+ "\nMedical records specialists,29-2072\n");
		List<TableItem> items = new ArrayList<>();

		FileAccounting accounting = read(file, items);

		assertThat(accounting.rejected()).isEqualTo(1);
		assertThat(items.get(0).setAside().reason()).isEqualTo("row has 2 cells, expected at least 3 (truncated row?)");
	}

	private FileAccounting read(Path file, List<TableItem> items) throws IOException {
		try (TableSource source = format.open(file)) {
			source.forEachRemaining(items::add);
			return source.accounting();
		}
	}

}
