package com.careerbrief.ingest.table.cpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.model.FileAccounting;

/** A CPI-U table is recognised by its header, every row is accounted, and bad rows say why. */
class CpiTableFormatTests {

	// TEST VALUES, not BLS figures: made up so the arithmetic is easy to follow.
	static final String TABLE = """
			# CPI-U annual averages (TEST VALUES for careerbrief tests, not published by BLS)
			year,cpi_u_annual_average
			2015,200.000
			2024,250.000
			20x4,251.0
			2016,-3
			2015,210.000
			""";

	@Test
	void recognisesTheTableByItsHeaderWhateverItsName(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("prices.csv"), TABLE);
		Path other = Files.writeString(dir.resolve("cpi-u-annual-averages.csv"), "year,value\n2015,200\n");

		assertThat(CpiTableFormat.isCpiTable(file)).isTrue();
		assertThat(CpiTableFormat.isCpiTable(other)).isFalse();
	}

	@Test
	void accountsEveryRowAndRejectsBadOnesWithTheirReason(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("prices.csv"), TABLE);
		List<TableItem> items = new ArrayList<>();
		FileAccounting accounting;
		try (TableSource source = new TableFormats(List.of(new CpiTableFormat())).open(file)) {
			source.forEachRemaining(items::add);
			accounting = source.accounting();
		}

		assertThat(accounting.read()).isEqualTo(5);
		assertThat(accounting.accepted()).isEqualTo(2);
		assertThat(accounting.rejected()).isEqualTo(3);
		assertThat(items).allMatch(i -> i.figures().isEmpty());
		assertThat(items).filteredOn(i -> !i.accepted()).extracting(i -> i.line() + ": " + i.setAside().reason())
			.containsExactly("5: the year '20x4' is not a four-digit year",
					"6: the CPI-U value '-3' is not a positive number",
					"7: the year 2015 appears twice; the first value is kept");
	}

	@Test
	void loadsTheAcceptedValuesByYear(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("prices.csv"), TABLE);

		assertThat(CpiTableFormat.load(file)).containsOnlyKeys(2015, 2024);
		assertThat(CpiTableFormat.load(file).get(2015)).isEqualByComparingTo(new BigDecimal("200.000"));
	}

	@Test
	void theShippedTableHoldsTheBlsAnnualAverages2013To2024() throws IOException {
		Path shipped = Path.of("input/cpi/cpi-u-annual-averages.csv");

		assertThat(CpiTableFormat.isCpiTable(shipped)).isTrue();
		assertThat(CpiTableFormat.load(shipped)).hasSize(12);
		assertThat(CpiTableFormat.load(shipped).get(2015)).isEqualByComparingTo("237.017");
		assertThat(CpiTableFormat.load(shipped).get(2024)).isEqualByComparingTo("313.689");
	}
}
