package com.careerbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.layouts.InputTableFormats;
import com.careerbrief.model.FileAccounting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPI-U table is found under the input folder by its header, and the table stage accounts its rows. */
class StageFactoryCpiTests {

	@Test
	void findsTheCpiTableByItsHeaderInAnyFolder(@TempDir Path input) throws IOException {
		Files.createDirectories(input.resolve("prices"));
		// TEST VALUES, not the BLS CPI-U
		Files.writeString(input.resolve("prices/index.csv"), "year,cpi_u_annual_average\n2015,200\n2024,250\n");
		Files.writeString(input.resolve("other.csv"), "year,value\n2015,1\n");

		assertThat(StageFactory.cpi(input).isEmpty()).isFalse();
	}

	@Test
	void withoutACpiTableNothingIsAdjusted(@TempDir Path input) throws IOException {
		Files.writeString(input.resolve("other.csv"), "year,value\n2015,1\n");

		assertThat(StageFactory.cpi(input).isEmpty()).isTrue();
	}

	@Test
	void theShippedTableIsReadAsCpiWithEveryRowAccepted() throws IOException {
		TableFormats formats = new TableFormats(InputTableFormats.of(Path.of("input")));
		FileAccounting accounting;
		try (TableSource source = formats.open(Path.of("input/cpi/cpi-u-annual-averages.csv"))) {
			source.forEachRemaining(item -> { });
			accounting = source.accounting();
		}

		assertThat(accounting.layout()).isEqualTo("CPI-U annual averages (year, index)");
		assertThat(accounting.accepted()).isEqualTo(12);
		assertThat(accounting.rejected()).isZero();
	}
}
