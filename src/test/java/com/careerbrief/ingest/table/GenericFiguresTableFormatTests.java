package com.careerbrief.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

class GenericFiguresTableFormatTests {

	private final GenericFiguresTableFormat format = new GenericFiguresTableFormat(SocCrosswalk.identity());

	private final List<TableItem> items = new ArrayList<>();

	private TableSource read() throws IOException, URISyntaxException {
		Path file = Path.of(getClass().getResource("/ingest/generic_figures_with_one_bad_unit.csv").toURI());
		assertThat(format.accepts(file.getFileName().toString(), TextFiles.headLines(file, 20))).isTrue();
		TableSource source = format.open(file);
		source.forEachRemaining(items::add);
		return source;
	}

	@Test
	void readsEachRowIntoOneFigureOrAReason() throws Exception {
		try (TableSource source = read()) {
			assertThat(source.accounting().read()).isEqualTo(5);
			assertThat(source.accounting().accepted()).isEqualTo(2);
			assertThat(source.accounting().rejected()).isEqualTo(2);
			assertThat(source.accounting().filtered()).isEqualTo(1);
		}
		assertThat(items.get(3).setAside().reason())
			.isEqualTo("unit 'EUR_PER_YEAR' is not one of [USD_PER_YEAR, USD_PER_HOUR, PERSONS]");
		assertThat(items.get(4).setAside().reason()).startsWith("no figure published: value '*'");
	}

	@Test
	void withoutATitleIndexATitledRowIsRejectedNotStagedWithoutACode() throws Exception {
		read().close();

		assertThat(items.get(0).setAside().reason()).isEqualTo("occupation 'Medical Records Specialists' is neither "
				+ "a SOC code like 29-2072 nor an O*NET occupation or alternate title; write the SOC code");
	}

	@Test
	void sourceFieldsAreRead() throws Exception {
		read().close();
		Figure ohio = items.get(1).figures().get(0);

		assertThat(ohio.value()).isEqualByComparingTo("23.10");
		assertThat(ohio.source().kind()).isEqualTo(SourceKind.OTHER);
		assertThat(ohio.source().sourceId()).isEqualTo("other-example-salary-survey-2024-2024-06");
		assertThat(ohio.source().publisher()).isEqualTo("Example Association");
	}

	@Test
	void socCodesStatesRegionsAndPeriodsAreRead() throws Exception {
		read().close();
		Figure ohio = items.get(1).figures().get(0);
		Figure cleveland = items.get(2).figures().get(0);

		assertThat(ohio.socCode()).isEqualTo("29-2072");
		assertThat(ohio.areaType()).isEqualTo(AreaType.STATE);
		assertThat(ohio.unit()).isEqualTo(Unit.USD_PER_HOUR);
		assertThat(ohio.period().label()).isEqualTo("May 2024");
		assertThat(cleveland.metric()).isEqualTo(Metric.EMPLOYMENT);
		assertThat(cleveland.statistic()).isEqualTo(Statistic.VALUE);
		assertThat(cleveland.areaType()).isEqualTo(AreaType.REGION);
		assertThat(cleveland.period().endYear()).isEqualTo(2034);
	}

}
