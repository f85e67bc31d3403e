package com.careerbrief.extract;

import static com.careerbrief.extract.SeedArticleFixtures.facts;
import static com.careerbrief.extract.SeedArticleFixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Articles about three more occupations, each in another format (HTML with a table, PDF, DOCX):
 * the figures, their periods and places, and the section each quote sits under.
 */
class DocumentClaimReaderFormatTests {

	@TempDir
	Path dir;

	@Test
	void htmlTableCellsAreFiguresQuotedByTheirRow() throws Exception {
		DocumentReadResult r = read("respiratory-therapist.html");

		assertThat(r.document().info().socCode()).isEqualTo("29-1126");
		Claim hourlyMedian = figure(r, Metric.WAGE, "38.40");
		assertThat(hourlyMedian.statistic()).isEqualTo(Statistic.MEDIAN);
		assertThat(hourlyMedian.unit()).isEqualTo(Unit.USD_PER_HOUR);
		assertThat(hourlyMedian.period()).isEqualTo(Period.survey(2024)); // from the caption
		assertThat(hourlyMedian.attribution()).isEqualTo("U.S. Bureau of Labor Statistics"); // from the source note
		assertThat(hourlyMedian.quotes().get(0).sentence()).isEqualTo("Median | $38.40 | $79,880");
		assertThat(hourlyMedian.quotes().get(0).section()).isEqualTo("What do respiratory therapists earn?");
		Claim p10 = figure(r, Metric.WAGE, "59280");
		assertThat(p10.statistic()).isEqualTo(Statistic.P10);
		assertThat(p10.unit()).isEqualTo(Unit.USD_PER_YEAR);
		// the prose repeats the table's annual median: one claim, both quotes
		assertThat(figure(r, Metric.WAGE, "79880").quotes()).hasSize(2);
		assertThat(figure(r, Metric.WAGE, "52.75").place()).isEqualTo("California");
		assertThat(facts(r, FactCategory.WORK_SETTING)).contains("Hospitals", "Home health agencies");
		assertQuotesIndexTheText(r);
	}

	@Test
	void periodOpeningASentenceScopesEveryFigureAfterIt() throws Exception {
		DocumentReadResult r = read("respiratory-therapist.html");

		// "In May 2024, the median wage was $79,880, and the top 10 percent earned more than $109,000."
		Claim top = figure(r, Metric.WAGE, "109000");
		assertThat(top.statistic()).isEqualTo(Statistic.TOP_PERCENT);
		assertThat(top.percentile()).isEqualTo(10);
		assertThat(top.period()).isEqualTo(Period.survey(2024));
	}

	@Test
	void pdfFiguresHeadingsAndHourlyPay() throws Exception {
		DocumentReadResult r = read("pharmacy-technician.pdf.txt");

		assertThat(r.document().info().socCode()).isEqualTo("29-2052");
		assertThat(r.document().info().author()).isEqualTo("Marcus Oyelaran");
		assertThat(r.document().info().date()).hasYear(2025).hasMonthValue(2).hasDayOfMonth(10);
		Claim median = figure(r, Metric.WAGE, "20.25");
		assertThat(median.unit()).isEqualTo(Unit.USD_PER_HOUR);
		assertThat(median.period()).isEqualTo(Period.survey(2024));
		assertThat(median.quotes().get(0).section()).isEqualTo("Earnings"); // a bold 14pt line
		Claim hospital = figure(r, Metric.WAGE, "28.50");
		assertThat(hospital.unit()).isEqualTo(Unit.USD_PER_HOUR);
		assertThat(figure(r, Metric.WAGE, "16.00").statistic()).isEqualTo(Statistic.ENTRY_LEVEL);
		// "The top ten percent made more than $61.4k a year." after "In Ohio, the mean annual wage … was $41,230 as of 2023."
		Claim top = figure(r, Metric.WAGE, "61400");
		assertThat(top.statistic()).isEqualTo(Statistic.TOP_PERCENT);
		assertThat(top.percentile()).isEqualTo(10);
		assertThat(top.place()).isEqualTo("Ohio");
		assertThat(top.period().isUnstated()).isTrue(); // "as of 2023" trails the mean only
		assertThat(figure(r, Metric.WAGE, "23.10").quotes().get(0).sentence()).isEqualTo("Hospitals | $23.10");
		assertThat(figure(r, Metric.OPENINGS, "31000").quotes().get(0).section()).isEqualTo("Job Outlook");
		assertQuotesIndexTheText(r);
	}

	@Test
	void weeksAreAUnitOfDuration() throws Exception {
		DocumentReadResult r = read("pharmacy-technician.pdf.txt");

		Claim course = figure(r, Metric.DURATION, "12");
		assertThat(course.unit()).isEqualTo(Unit.WEEKS);
		assertThat(course.text()).isEqualTo("course: 12 weeks"); // "a 12-week course"
		assertThat(figure(r, Metric.DURATION, "1").text()).isEqualTo("certificate: 1 years"); // "a one-year certificate"
		assertThat(figure(read("respiratory-therapist.html"), Metric.DURATION, "12").text())
			.isEqualTo("program: 12 weeks"); // "a 12-week orientation program"
	}

	@Test
	void docxHeadingsComeFromStylesAndBoldLines() throws Exception {
		DocumentReadResult r = read("paralegal.docx.txt");

		assertThat(r.document().info().socCode()).isEqualTo("23-2011");
		assertThat(r.document().info().author()).isEqualTo("Priya Natarajan");
		// "Salary:" is a Word heading style; ending in a colon, it is not shaped like a heading
		assertThat(figure(r, Metric.WAGE, "61010").quotes().get(0).section()).isEqualTo("Salary:");
		// bold-only paragraphs
		assertThat(figure(r, Metric.OPENINGS, "39300").quotes().get(0).section()).isEqualTo("Outlook for the next decade");
		assertThat(figure(r, Metric.DURATION, "2").quotes().get(0).section()).isEqualTo("Education and certification:");
		assertThat(figure(r, Metric.EMPLOYMENT_CHANGE_PERCENT, "4").period()).isEqualTo(Period.projection(2024, 2034));
		assertThat(figure(r, Metric.WAGE, "35.20").statistic()).isEqualTo(Statistic.AVERAGE_AS_WORDED);
		assertThat(figure(r, Metric.WAGE, "35.20").place()).isEqualTo("New York");
		assertQuotesIndexTheText(r);
	}

	@Test
	void periodOpeningAParagraphCarriesToItsNextSentences() throws Exception {
		DocumentReadResult r = read("paralegal.docx.txt");

		// "In May 2024, the mean wage was $66,940. The highest 10 percent earned more than $98,000."
		assertThat(figure(r, Metric.WAGE, "66940").period()).isEqualTo(Period.survey(2024));
		assertThat(figure(r, Metric.WAGE, "98000").period()).isEqualTo(Period.survey(2024));
		// "In New York, paralegals average $35.20 an hour." is its own paragraph: no period stated
		assertThat(figure(r, Metric.WAGE, "35.20").period().isUnstated()).isTrue();
	}

	@Test
	void articleWrittenBlindEmploymentAndMedianOfDollars() throws Exception {
		DocumentReadResult r = read("truck-driver.md");

		assertThat(figure(r, Metric.EMPLOYMENT, "2200000").unit()).isEqualTo(Unit.PERSONS);
		assertThat(figure(r, Metric.WAGE, "57440").statistic()).isEqualTo(Statistic.MEDIAN);
		assertThat(figure(r, Metric.WAGE, "79790").statistic()).isEqualTo(Statistic.P90);
		assertThat(figure(r, Metric.DURATION, "3").unit()).isEqualTo(Unit.WEEKS);
		assertThat(figure(r, Metric.EMPLOYMENT_CHANGE_COUNT, "70000").period()).isEqualTo(Period.projection(2024, 2034));
	}

	private DocumentReadResult read(String source) throws Exception {
		return SeedArticleFixtures.reader().readWithText(TestArticles.file(source, dir));
	}

	private static void assertQuotesIndexTheText(DocumentReadResult r) {
		for (Claim c : r.extracted().claims()) {
			c.quotes().forEach(q -> assertThat(r.document().text().substring(q.start(), q.end())).isEqualTo(q.sentence()));
		}
	}
}
