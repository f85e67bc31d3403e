package com.careerbrief.ingest.table.projections;

import com.careerbrief.ingest.table.crosswalk.CrosswalkFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Metric;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.occupation.CrosswalkSocCrosswalk;

class ProjectionsTableFormatTests {

	static final Path DIR = Path.of("input/projections");

	static ProjectionsTableFormat format;

	@BeforeAll
	static void crosswalk() throws IOException {
		format = new ProjectionsTableFormat(
				CrosswalkFile.load(Path.of("input/crosswalk/soc_2010_to_2018_crosswalk.csv")));
	}

	/*
	 * Expected accounting, derived from the raw files independently of this code with Python's csv module:
	 * rows = list(csv.reader(open(f, newline=''))); data = rows[h:] with h = 3 (title + two header rows) for
	 * 2014–24 and 2016–26 and h = 2 for 2019–29 and 2024–34; Counter(r[2] for r in data) gives Line item /
	 * Summary / '' (the 4 footnote rows: "Footnotes:", "(1)…", "Note:…", "Source:…"), all rows with the full
	 * cell count. 2014–24: 819/272/4; 2016–26: 819/272/4; 2019–29: 790/258/4; 2024–34: 832/281/4.
	 */
	@Test
	void accountsForEveryRowOfEachVintage() throws IOException {
		assertThat(read("ep_2014-24_table1.7_occupational_projections.csv").accounting())
			.extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::filtered, FileAccounting::rejected)
			.containsExactly(1095L, 819L, 276L, 0L);
		assertThat(read("ep_2016-26_table1.7_occupational_projections.csv").accounting())
			.extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::filtered, FileAccounting::rejected)
			.containsExactly(1095L, 819L, 276L, 0L);
		assertThat(read("ep_2019-29_table1.7_occupational_projections.csv").accounting())
			.extracting(FileAccounting::read, FileAccounting::accepted, FileAccounting::filtered, FileAccounting::rejected)
			.containsExactly(1052L, 790L, 262L, 0L);
		Result latest = read("ep_2024-34_table1.2_occupational_projections.csv");
		assertThat(latest.accounting()).isEqualTo(new FileAccounting("ep_2024-34_table1.2_occupational_projections.csv",
				"BLS Employment Projections occupation table 2024–34", 1117, 832, 285, 0, null));
		assertThat(latest.items()).hasSize(1117);
	}

	@Test
	void detectsEveryVintageByItsHeaderAndNotTheEducationTable() throws IOException {
		for (String name : List.of("ep_2014-24_table1.7_occupational_projections.csv",
				"ep_2019-29_table1.7_occupational_projections.csv", "ep_2024-34_table1.2_occupational_projections.csv")) {
			assertThat(format.accepts(name, head(DIR.resolve(name)))).as(name).isTrue();
		}
		assertThat(format.accepts("x.csv", head(DIR.resolve("ep_table5.4_education_training_2021.csv")))).isFalse();
	}

	@Test
	void medicalRecordsSpecialists2024To34() throws IOException {
		TableItem item = itemAt(read("ep_2024-34_table1.2_occupational_projections.csv"), 486);

		assertThat(item.figures()).extracting(Figure::metric, Figure::statistic, Figure::unit, f -> f.value().toPlainString(),
				Figure::period)
			.containsExactly(tuple(Metric.EMPLOYMENT, Statistic.VALUE, Unit.PERSONS, "194800", Period.year(2024)),
					tuple(Metric.EMPLOYMENT_PROJECTED, Statistic.VALUE, Unit.PERSONS, "208600", Period.year(2034)),
					tuple(Metric.EMPLOYMENT_CHANGE_COUNT, Statistic.VALUE, Unit.PERSONS, "13800",
							Period.projection(2024, 2034)),
					tuple(Metric.EMPLOYMENT_CHANGE_PERCENT, Statistic.VALUE, Unit.PERCENT, "7.1",
							Period.projection(2024, 2034)),
					tuple(Metric.OPENINGS, Statistic.VALUE, Unit.PERSONS, "14200", Period.projection(2024, 2034)),
					tuple(Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR, "50250", Period.year(2024)));
		Figure first = item.figures().get(0);
		assertThat(first.socCode()).isEqualTo("29-2072");
		assertThat(first.originalCode()).isEqualTo("29-2072");
		assertThat(first.codeNote()).isNull();
		assertThat(first.occupationTitle()).isEqualTo("Medical records specialists");
		assertThat(first.area()).isEqualTo("United States");
		assertThat(first.isNational()).isTrue();
		assertThat(first.source().sourceId()).isEqualTo("bls-ep-2024-34");
		assertThat(first.source().title()).isEqualTo("Employment Projections 2024–34");
		assertThat(first.source().publisher()).isEqualTo("U.S. Bureau of Labor Statistics");
		assertThat(first.source().kind()).isEqualTo(SourceKind.OFFICIAL);
		assertThat(first.source().line()).isEqualTo(486);
		assertThat(item.texts()).extracting(OccupationText::socCode, OccupationText::kind, OccupationText::text)
			.containsExactly(tuple("29-2072", OccupationText.Kind.ENTRY_EDUCATION, "Postsecondary nondegree award"));
	}

	@Test
	void openingsPublishedAsZeroThousandAreFewerThanFiftyNotNone() throws IOException {
		// given prosthodontists 2024–34: employment 0.9 thousand, change 0, openings 0 (thousands, one decimal)
		TableItem item = itemAt(read("ep_2024-34_table1.2_occupational_projections.csv"), 421);

		// then the openings are a bound under 50, not zero; a change of 0 (under 50 either way) stays 0
		Figure openings = figure(item, Metric.OPENINGS);
		assertThat(openings.value()).isEqualByComparingTo("50");
		assertThat(openings.bound().name()).isEqualTo("BELOW");
		Figure change = figure(item, Metric.EMPLOYMENT_CHANGE_COUNT);
		assertThat(change.value()).isEqualByComparingTo("0");
		assertThat(change.bound()).isEqualTo(Bound.EXACT);
		assertThat(figure(item, Metric.EMPLOYMENT).value()).isEqualByComparingTo("900");
	}

	@Test
	void medicalRecords2014To24ComesThroughTheCrosswalkWithTenYearOpenings() throws IOException {
		TableItem item = itemAt(read("ep_2014-24_table1.7_occupational_projections.csv"), 460);

		Figure openings = figure(item, Metric.OPENINGS);
		assertThat(openings.socCode()).isEqualTo("29-2072");
		assertThat(openings.originalCode()).isEqualTo("29-2071");
		assertThat(openings.codeNote()).contains("29-2071").contains("part now 29-9021");
		assertThat(openings.statistic()).isEqualTo(Statistic.PERIOD_TOTAL);
		assertThat(openings.value()).isEqualByComparingTo("71200");
		assertThat(openings.period()).isEqualTo(Period.projection(2014, 2024));
		assertThat(figure(item, Metric.WAGE).value()).isEqualByComparingTo("37110");
		assertThat(figure(item, Metric.WAGE).period()).isEqualTo(Period.year(2015));
		assertThat(figure(item, Metric.EMPLOYMENT_CHANGE_PERCENT).value()).isEqualByComparingTo("15.4");
		assertThat(figure(item, Metric.EMPLOYMENT).value()).isEqualByComparingTo("188600");
		assertThat(item.texts().get(0).text()).isEqualTo("Postsecondary nondegree award");
	}

	@Test
	void medicalRecords2016To26HasAnnualOpenings() throws IOException {
		TableItem item = itemAt(read("ep_2016-26_table1.7_occupational_projections.csv"), 460);

		assertThat(figure(item, Metric.EMPLOYMENT_CHANGE_PERCENT).value()).isEqualByComparingTo("13.5");
		assertThat(figure(item, Metric.OPENINGS).value()).isEqualByComparingTo("15800");
		assertThat(figure(item, Metric.OPENINGS).statistic()).isEqualTo(Statistic.VALUE);
		assertThat(figure(item, Metric.WAGE).value()).isEqualByComparingTo("39180");
		assertThat(figure(item, Metric.WAGE).period()).isEqualTo(Period.year(2017));
		assertThat(figure(item, Metric.EMPLOYMENT_CHANGE_COUNT).value()).isEqualByComparingTo("27800");
		assertThat(figure(item, Metric.EMPLOYMENT_CHANGE_COUNT).socCode()).isEqualTo("29-2072");
	}

	@Test
	void hybridCode2019To29StaysHybridWithNote() throws IOException {
		TableItem item = itemAt(read("ep_2019-29_table1.7_occupational_projections.csv"), 447);

		Figure change = figure(item, Metric.EMPLOYMENT_CHANGE_PERCENT);
		assertThat(change.value()).isEqualByComparingTo("8.5");
		assertThat(change.socCode()).isEqualTo("29-2098");
		assertThat(change.codeNote()).startsWith("OEWS hybrid code 29-2098");
		assertThat(figure(item, Metric.WAGE).period()).isEqualTo(Period.year(2020));
	}

	@Test
	void summaryFootnoteAndTopCodedRowsAreHandled() throws IOException {
		Result result = read("ep_2024-34_table1.2_occupational_projections.csv");

		assertThat(itemAt(result, 3).setAside().reason()).isEqualTo("summary row, not an occupation");
		assertThat(itemAt(result, 3).setAside().filtered()).isTrue();
		TableItem last = result.items().get(result.items().size() - 1);
		assertThat(last.setAside().reason()).startsWith("footnote or note below the table (\"Source: Employment");
		// Oral and maxillofacial surgeons: ">=$239,200" is a top-coded wage, kept as a bound.
		Figure wage = figure(result.items().stream().filter(i -> i.accepted()
				&& i.figures().get(0).originalCode().equals("29-1022")).findFirst().orElseThrow(), Metric.WAGE);
		assertThat(wage.bound()).isEqualTo(Bound.AT_LEAST);
		assertThat(wage.value()).isEqualByComparingTo("239200");
	}

	@Test
	void headerOnlyFileHasNoRowsAndSaysSo(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("ep.csv"), copyHead(2));

		Result result = read(file);

		assertThat(result.items()).isEmpty();
		assertThat(result.accounting().error()).isEqualTo("no data rows after the header");
	}

	@Test
	void footnoteOnlyFileFiltersEachNote(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("ep.csv"), copyHead(2) + "Footnotes:,,,,,,,,,,,,,,,\n"
				+ "\"[1] Data are from the OEWS program.\"\nSource: Employment Projections program\n");

		Result result = read(file);

		assertThat(result.accounting()).extracting(FileAccounting::read, FileAccounting::filtered)
			.containsExactly(3L, 3L);
		assertThat(result.items().get(1).setAside().reason())
			.isEqualTo("footnote or note below the table (\"[1] Data are from the OEWS program.\"), not an occupation");
	}

	@Test
	void truncatedAndGarbledRowsAreRejectedWithReasons(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("ep.csv"), copyHead(2)
				+ "      Medical records specialists,29-2072,Line item,194.8,208.6\n"
				+ "      Medical records specialists,29-2072,Line item,19x,208.6,0.1,0.1,13.8,7.1,0.8,14.2,50250,"
				+ "Postsecondary nondegree award,None,None,OOH Content\n"
				+ "      Medical records specialists,29-2072,Line item,194.8,\"208.6");

		Result result = read(file);

		assertThat(result.accounting()).extracting(FileAccounting::read, FileAccounting::rejected)
			.containsExactly(3L, 3L);
		assertThat(result.items()).extracting(i -> i.setAside().line(), i -> i.setAside().reason())
			.containsExactly(tuple(3L, "row has 5 cells, expected 16 (truncated row?)"),
					tuple(4L, "column 'employment, 2024' holds '19x', expected a number or — (not available)"),
					tuple(5L, "a quoted cell is never closed, so the row runs to the end of the file (truncated file?)"));
	}

	private static String copyHead(int lines) throws IOException {
		List<String> all = Files.readAllLines(DIR.resolve("ep_2024-34_table1.2_occupational_projections.csv"));
		return String.join("\n", all.subList(0, lines)) + "\n";
	}

	private static List<String> head(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		return lines.subList(0, Math.min(20, lines.size()));
	}

	private static Figure figure(TableItem item, Metric metric) {
		return item.figures().stream().filter(f -> f.metric() == metric).findFirst().orElseThrow();
	}

	private static TableItem itemAt(Result result, long line) {
		return result.items().stream().filter(i -> i.line() == line).findFirst().orElseThrow();
	}

	private static Result read(String name) throws IOException {
		return read(DIR.resolve(name));
	}

	private static Result read(Path file) throws IOException {
		List<TableItem> items = new ArrayList<>();
		try (TableSource source = format.open(file)) {
			source.forEachRemaining(items::add);
			return new Result(items, source.accounting());
		}
	}

	record Result(List<TableItem> items, FileAccounting accounting) {
	}

}
