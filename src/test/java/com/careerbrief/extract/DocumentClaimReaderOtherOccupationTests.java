package com.careerbrief.extract;

import static com.careerbrief.extract.SeedArticleFixtures.facts;
import static com.careerbrief.extract.SeedArticleFixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** Articles written for this test about other occupations, worded unlike the seeds. */
class DocumentClaimReaderOtherOccupationTests {

	@TempDir
	Path dir;

	@Test
	void dentalHygienistArticle() throws Exception {
		Path file = TestArticles.file("dental-hygienist.md", dir);
		DocumentReadResult r = SeedArticleFixtures.reader().readWithText(file);

		assertThat(r.document().info().socCode()).isEqualTo("29-1292");
		assertThat(r.document().info().dateInferred()).isFalse();
		assertThat(r.document().info().date()).hasYear(2025).hasMonthValue(3).hasDayOfMonth(5);
		Claim median = figure(r, Metric.WAGE, "94260");
		assertThat(median.statistic()).isEqualTo(Statistic.MEDIAN);
		assertThat(median.period()).isEqualTo(Period.survey(2024));
		assertThat(median.attribution()).isEqualTo("BLS");
		Claim low = figure(r, Metric.WAGE, "66000");
		assertThat(low.statistic()).isEqualTo(Statistic.BOTTOM_PERCENT);
		assertThat(low.percentile()).isEqualTo(10);
		// "in May 2024" trails the median, not this figure; like seed claim 5 it stays unstated
		assertThat(low.period().label()).isEqualTo("none stated (document 2025)");
		Claim texas = figure(r, Metric.WAGE, "45.10");
		assertThat(texas.unit()).isEqualTo(Unit.USD_PER_HOUR);
		assertThat(texas.place()).isEqualTo("Texas");
		Claim growth = figure(r, Metric.EMPLOYMENT_CHANGE_PERCENT, "7");
		assertThat(growth.period()).isEqualTo(Period.projection(2024, 2034));
		assertThat(growth.comparator()).isEqualTo("about as fast as the average for all occupations");
		Claim openings = figure(r, Metric.OPENINGS, "15300");
		assertThat(openings.statistic()).isEqualTo(Statistic.VALUE);
		Claim program = figure(r, Metric.DURATION, "3");
		assertThat(program.text()).isEqualTo("associate degree: 3 years");
		assertThat(facts(r, FactCategory.ACCREDITATION)).containsExactly("CODA");
		assertThat(facts(r, FactCategory.WORK_SETTING)).containsExactly("Dentists' offices", "Physicians' offices",
				"Government agencies");
		for (Claim c : r.extracted().claims()) {
			c.quotes().forEach(q -> assertThat(r.document().text().substring(q.start(), q.end())).isEqualTo(q.sentence()));
		}
	}

	@Test
	void numbersInWordsAndShorthand() throws Exception {
		Path file = TestArticles.file("electrician.txt", dir);
		DocumentReadResult r = SeedArticleFixtures.reader().readWithText(file);

		assertThat(r.document().info().socCode()).isEqualTo("47-2111");
		assertThat(figure(r, Metric.EMPLOYMENT_CHANGE_PERCENT, "20").comparator()).isEqualTo("much faster than average");
		Claim top = figure(r, Metric.WAGE, "61400");
		assertThat(top.statistic()).isEqualTo(Statistic.TOP_EARNERS);
		assertThat(top.period().label()).isEqualTo("none stated (document c. 2023)");
		assertThat(figure(r, Metric.DURATION, "4").valueHigh()).isEqualByComparingTo("5");
		assertThat(figure(r, Metric.DURATION, "6").unit()).isEqualTo(Unit.MONTHS);
	}

	@Test
	void unresolvableOccupationIsReportedNotGuessed() throws Exception {
		Path file = dir.resolve("vague.txt");
		Files.writeString(file, "Working With People\n\nMany jobs pay well. The average salary is $50,000 a year.\n");
		DocumentReadResult r = SeedArticleFixtures.reader().readWithText(file);

		assertThat(r.document().info().socCode()).isNull();
		assertThat(r.document().info().socEvidence()).contains("no O*NET");
		assertThat(figure(r, Metric.WAGE, "50000").socCode()).isNull();
		assertThat(r.document().info().date()).isNull();
		assertThat(figure(r, Metric.WAGE, "50000").period()).isEqualTo(Period.none());
	}
}
