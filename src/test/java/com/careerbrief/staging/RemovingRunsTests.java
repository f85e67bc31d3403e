package com.careerbrief.staging;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.careerbrief.model.Occupation;
import com.careerbrief.model.RejectedRow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/** What removing other runs' staging leaves: exactly the kept runs' rows, by truncating where it can. */
class RemovingRunsTests {

	private final DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:removing-" + System.nanoTime()
			+ ";DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

	private final StagingRepository staging = new StagingRepository(jdbc, Jackson2ObjectMapperBuilder.json().build());

	@BeforeEach
	void stageTwoRuns() {
		new ResourceDatabasePopulator(new ClassPathResource("db/staging/V1__staging_tables.sql")).execute(dataSource);
		for (long run : List.of(1L, 2L)) {
			staging.saveOccupation(run, new Occupation("29-2072", "Medical Records Specialists", null, 3, null));
			staging.saveOccupation(run, new Occupation("29-2081", "Opticians, Dispensing", null, 3, null));
		}
		// Only run 1 has rejected rows.
		staging.addRejects(1, List.of(new RejectedRow("oews/a.csv", 4, "29-2072 x", "A_MEDIAN 'abc' is not a number", false)));
	}

	@Test
	void rowsOfAKeptRunStayAndTheOthersAreDeleted() {
		StagingRepository.Removed removed = staging.removeRunsOtherThan(Set.of(2L));

		assertThat(staging.occupationCodes(1)).isEmpty();
		assertThat(staging.occupationCodes(2)).containsExactly("29-2072", "29-2081");
		assertThat(staging.rejectCount(1, false)).isZero();
		// cb_occupation held run 2's rows, so run 1's two were deleted; every other table was emptied at once
		assertThat(removed).isEqualTo(new StagingRepository.Removed(StagingRepository.TABLES.size() - 1, 2));
	}

	@Test
	void withoutRowsOfAKeptRunEveryTableIsEmptied() {
		StagingRepository.Removed removed = staging.removeRunsOtherThan(Set.of(3L));

		assertThat(staging.occupationCodes(1)).isEmpty();
		assertThat(staging.occupationCodes(2)).isEmpty();
		assertThat(staging.rejectCount(1, false)).isZero();
		assertThat(removed).isEqualTo(new StagingRepository.Removed(StagingRepository.TABLES.size(), 0));
	}

	@Test
	void theOldestStagedRunIsTheLowestRunIdOfAnyTable() {
		staging.addRejects(0, List.of(new RejectedRow("oews/b.csv", 9, "x", "a reason", true)));
		assertThat(staging.oldestStagedRun()).hasValue(0);

		staging.removeRunsOtherThan(Set.of(2L));
		assertThat(staging.oldestStagedRun()).hasValue(2);

		staging.removeRunsOtherThan(Set.of());
		assertThat(staging.oldestStagedRun()).isEmpty();
	}

}
