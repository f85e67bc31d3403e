package com.careerbrief.ingest.table.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.ingest.table.TextFiles;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.SocCrosswalk;

/** A layout added by a mapping file alone (no class), as the README tells an operator to do. */
class MappedTableFormatTests {

	/** The mapping of a made-up Ohio release: semicolons, aliases, a fixed period, one area for every row. */
	private static final String OHIO_MAPPING = """
			name=Ohio LMI wages
			delimiter=;
			column.code=SOC | SOC Code
			column.title=Occupation
			area.column=Region
			area.000=STATE Ohio
			area.*=REGION {Region Name}
			period=May 2023
			source.id=ohio-lmi-2023
			source.publisher=Ohio Department of Job and Family Services
			source.title=Ohio occupational wages, {Region Name}
			source.url=https://ohiolmi.com
			source.published=2024-03
			figure.1=Jobs | VALUE | PERSONS
			figure.2=Median Hourly | MEDIAN | USD_PER_HOUR
			figure.3=Mean Annual | MEAN | USD_PER_YEAR
			""";

	@TempDir
	Path dir;

	private final List<TableItem> items = new ArrayList<>();

	private FileAccounting read(MappedTableFormat format, String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content);
		assertThat(format.accepts(name, TextFiles.headLines(file, 20))).isTrue();
		try (TableSource source = format.open(file)) {
			source.forEachRemaining(items::add);
			return source.accounting();
		}
	}

	private MappedTableFormat ohio() throws IOException {
		Files.writeString(dir.resolve("ohio.properties"), OHIO_MAPPING);
		List<ColumnMapping> mappings = ColumnMappings.fromFolder(dir);
		assertThat(mappings).hasSize(1);
		return new MappedTableFormat(mappings.get(0), SocCrosswalk.identity());
	}

	@Test
	void readsANewLayoutFromItsMappingAlone() throws IOException {
		FileAccounting accounting = read(ohio(), "ohio_wages.csv", """
				Region;Region Name;SOC Code;Occupation;Jobs;Median Hourly;Mean Annual
				000;Ohio;29-2072;Medical Records Specialists;"5,120";$21.40;"$47,310"
				012;Cleveland;29-2072;Medical Records Specialists;**;20.95;46880
				000;Ohio;29-0000;Healthcare Practitioners;300000;40.00;90000
				000;Ohio;29-207;Typo;10;1;2
				000;Ohio;29-2072;Medical Records Specialists;10;abc;2
				""");

		assertThat(accounting.read()).isEqualTo(5);
		assertThat(accounting.accepted()).isEqualTo(2);
		assertThat(accounting.filtered()).isEqualTo(1);
		assertThat(accounting.rejected()).isEqualTo(2);
		assertThat(accounting.layout()).isEqualTo("Ohio LMI wages");
		List<Figure> state = items.get(0).figures();
		assertThat(state).extracting(Figure::statistic, Figure::unit, f -> f.value().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Statistic.VALUE, Unit.PERSONS, "5120"),
					org.assertj.core.groups.Tuple.tuple(Statistic.MEDIAN, Unit.USD_PER_HOUR, "21.40"),
					org.assertj.core.groups.Tuple.tuple(Statistic.MEAN, Unit.USD_PER_YEAR, "47310"));
		assertThat(state.get(0).area()).isEqualTo("Ohio");
		assertThat(state.get(0).areaType()).isEqualTo(AreaType.STATE);
		assertThat(state.get(0).period().kind()).isEqualTo(PeriodKind.SURVEY);
		assertThat(state.get(0).source().title()).isEqualTo("Ohio occupational wages, Ohio");
		assertThat(state.get(0).source().kind()).isEqualTo(SourceKind.AGENCY);
		assertThat(state.get(0).source().line()).isEqualTo(2);
		Figure cleveland = items.get(1).figures().get(0);
		assertThat(cleveland.area()).isEqualTo("Cleveland");
		assertThat(cleveland.areaType()).isEqualTo(AreaType.REGION);
		assertThat(cleveland.statistic()).isEqualTo(Statistic.MEDIAN);
		assertThat(items.get(2).setAside().reason())
			.isEqualTo("major group 29-0000 totals its detailed occupations; kept the detailed rows");
		assertThat(items.get(3).setAside().reason()).isEqualTo("SOC '29-207' is not a SOC code like 29-2072");
		assertThat(items.get(4).setAside().reason()).isEqualTo("Median Hourly 'abc' is not a number or a BLS marker");
	}

	@Test
	void unknownAreaValueIsRejectedWhenNoRuleCoversIt() throws IOException {
		MappedTableFormat format = new MappedTableFormat(ColumnMappings.parse("ny.properties",
				new StringReader(OHIO_MAPPING.replace("area.*=REGION {Region Name}\n", ""))), SocCrosswalk.identity());

		read(format, "ohio.csv", "Region;Region Name;SOC;Occupation;Jobs;Median Hourly;Mean Annual\n"
				+ "099;Akron;29-2072;Medical Records Specialists;10;20;40000\n");

		assertThat(items.get(0).setAside().reason()).isEqualTo("Region '099' is not one of [000]");
	}

	@Test
	void aMistakeInTheMappingNamesTheFileAndKey() {
		assertThatThrownBy(() -> ColumnMappings.parse("ohio.properties",
				new StringReader(OHIO_MAPPING.replace("MEAN | USD_PER_YEAR", "MEAN | EUR_PER_YEAR"))))
			.hasMessageStartingWith("layout mapping ohio.properties: figure.3 'EUR_PER_YEAR' is not one of [");
		assertThatThrownBy(() -> ColumnMappings.parse("ohio.properties",
				new StringReader(OHIO_MAPPING.replace("column.code=SOC | SOC Code\n", ""))))
			.hasMessage("layout mapping ohio.properties: column.code is missing");
	}

	@Test
	void aQuoteOfAMissingColumnIsAFileError() throws IOException {
		MappedTableFormat format = new MappedTableFormat(ColumnMappings.parse("ohio.properties",
				new StringReader(OHIO_MAPPING.replace("{Region Name}", "{Area Name}"))), SocCrosswalk.identity());

		FileAccounting accounting = read(format, "ohio.csv", "Region;Region Name;SOC;Occupation;Jobs;Median Hourly;"
				+ "Mean Annual\n000;Ohio;29-2072;Medical Records Specialists;10;20;40000\n");

		assertThat(accounting.error())
			.isEqualTo("the layout mapping quotes {Area Name}, which is not a column of the header");
		// The data row is not lost: it is rejected with the file's reason.
		assertThat(items).singleElement().satisfies(item -> assertThat(item.setAside().reason())
			.isEqualTo("the layout mapping quotes {Area Name}, which is not a column of the header"));
		assertThat(accounting.read()).isEqualTo(1);
		assertThat(accounting.rejected()).isEqualTo(1);
	}

	/** Broken copies of Projections Central rows: each gives a reject naming the column, never a crash. */
	@Test
	void projectionsCentralBrokenRowsAreRejected() throws IOException {
		MappedTableFormat format = new MappedTableFormat(
				ColumnMappings.fromResource("layouts/projections-central-states.properties"), SocCrosswalk.identity());
		String header = "\"stfips\",\"areaname\",\"code\",\"name\",\"baseyear\",\"base\",\"projyear\",\"proj\","
				+ "\"change\",\"percentchange\",\"avgannualopenings\"\n";

		FileAccounting accounting = read(format, "pc.csv", header + """
				"36","New York","29-2098","Medical Dosimetrists","2020","-15710","2030","18270","2560","16.3","1450"
				"36","New York","29-2098","Medical Dosimetrists","20x0","15710","2030","18270","2560","16.3","1450"
				"36","New York","29-2098","Medical Dosimetrists","2020","15710","2030","18270","2560","16.3","#"
				"36","New York","29-2098","Medical Dosimetrists","2020","15710","2030","18270","-2560","-16.3","1450"
				""");

		assertThat(accounting.rejected()).isEqualTo(3);
		assertThat(items.get(0).setAside().reason()).isEqualTo("base '-15710' is negative; employment cannot be below 0");
		assertThat(items.get(1).setAside().reason())
			.isEqualTo("the period of base, '20x0', is not like '2024', 'May 2024' or '2024-34'");
		assertThat(items.get(2).setAside().reason())
			.isEqualTo("avgannualopenings '#' is a wage top-code marker in an openings column");
		assertThat(items.get(3).figures().get(3).value()).isEqualByComparingTo("-16.3");
	}

	@Test
	void shippedMappingsLoad() {
		assertThat(ColumnMappings.builtIn()).extracting(ColumnMapping::name)
			.containsExactly("New York State DOL OEWS", "Washington ESD OEWS",
					"Projections Central long-term state projections");
	}

}
