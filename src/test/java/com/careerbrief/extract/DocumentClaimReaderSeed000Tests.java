package com.careerbrief.extract;

import static com.careerbrief.extract.SeedArticleFixtures.fact;
import static com.careerbrief.extract.SeedArticleFixtures.facts;
import static com.careerbrief.extract.SeedArticleFixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Metric;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Quote;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** Seed 000 ("How to Become a Medical Records Technician … for 2026") against seed-claims.md. */
class DocumentClaimReaderSeed000Tests {

	private static DocumentReadResult result;

	@BeforeAll
	static void read() throws Exception {
		result = SeedArticleFixtures.reader().readWithText(SeedArticleFixtures.SEED_000);
	}

	@Test
	void metadataHasAuthorInferredDateHashAndSubject() {
		var info = result.document().info();
		assertThat(info.title()).isEqualTo(
				"How to Become a Medical Records Technician: Education, Salary, and Job Outlook for 2026");
		assertThat(info.author()).isEqualTo("Imed Bouchrika, PhD");
		assertThat(info.date()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(info.dateInferred()).isTrue();
		assertThat(info.dateEvidence()).contains("for 2026").contains("2025");
		assertThat(info.contentHash()).hasSize(64).matches("[0-9a-f]+");
		assertThat(info.socCode()).isEqualTo("29-2072");
		assertThat(info.socEvidence()).contains("medical records technician");
		assertThat(info.socConfidence()).isGreaterThan(0.8);
	}

	@Test
	void furnitureIsDroppedAndProducesNothing() {
		String text = result.document().text();
		assertThat(result.document().info().dropped()).anyMatch(d -> d.contains(".webp"))
			.anyMatch(d -> d.contains("Table of contents")).anyMatch(d -> d.contains("Related Articles"))
			.anyMatch(d -> d.contains("Advice DEC 3, 2025")).anyMatch(d -> d.contains("Financial Analyst"));
		assertThat(text).doesNotContain(".webp", "Table of contents", "Financial Analyst", "DEC 3, 2025", "Food Scientist");
		assertThat(result.document().info().socEvidence()).doesNotContainIgnoringCase("analyst");
		assertThat(result.extracted().claims()).noneMatch(c -> c.quotes().stream()
			.anyMatch(q -> q.sentence().contains("Analyst") || q.sentence().contains("thumbnail")));
	}

	@Test
	void everyQuoteIndexesTheCleanedText() {
		String text = result.document().text();
		for (Claim c : result.extracted().claims()) {
			assertThat(c.quotes()).isNotEmpty();
			for (Quote q : c.quotes()) {
				assertThat(text.substring(q.start(), q.end())).as(c.claimId()).isEqualTo(q.sentence());
			}
			assertThat(c.source().kind()).isEqualTo(SourceKind.ARTICLE);
			assertThat(c.source().sourceId()).isEqualTo(result.document().info().documentId());
			assertThat(c.source().publisher()).isEqualTo("Imed Bouchrika, PhD");
			assertThat(c.claimId()).startsWith("how-to-become-a-medical-records-technician.txt#");
		}
	}

	@Test
	void growthNinePercentFasterThanAverage() {
		Claim c = figure(result, Metric.EMPLOYMENT_CHANGE_PERCENT, "9");
		assertThat(c.unit()).isEqualTo(Unit.PERCENT);
		assertThat(c.period().startYear()).isEqualTo(2023);
		assertThat(c.period().endYear()).isEqualTo(2033);
		assertThat(c.period().kind()).isEqualTo(PeriodKind.PROJECTION);
		assertThat(c.comparator()).isEqualTo("faster than average");
		assertThat(c.attribution()).isNull();
	}

	@Test
	void salaryRanges() {
		Claim average = figure(result, Metric.WAGE, "45000");
		assertThat(average.statistic()).isEqualTo(Statistic.RANGE);
		assertThat(average.valueHigh()).isEqualByComparingTo("55000");
		assertThat(average.statisticAsWorded()).isEqualToIgnoringCase("average salaries range");
		assertThat(average.period().kind()).isEqualTo(PeriodKind.INHERITED);
		assertThat(average.period().label()).isEqualTo("none stated (document c. 2026)");
		Claim national = figure(result, Metric.WAGE, "37000");
		assertThat(national.valueHigh()).isEqualByComparingTo("50500");
		assertThat(national.statisticAsWorded()).isEqualTo("national range");
		assertThat(national.place()).isEqualTo("United States");
		assertThat(national.unit()).isEqualTo(Unit.USD_PER_YEAR);
	}

	@Test
	void averageTopAndEntryLevelPay() {
		Claim avg = figure(result, Metric.WAGE, "44324");
		assertThat(avg.statistic()).isEqualTo(Statistic.AVERAGE_AS_WORDED);
		assertThat(avg.statisticAsWorded()).isEqualTo("national average salary");
		assertThat(avg.period().label()).isEqualTo("as of 2025");
		assertThat(avg.period().kind()).isEqualTo(PeriodKind.YEAR);
		Claim top = figure(result, Metric.WAGE, "57500");
		assertThat(top.statistic()).isEqualTo(Statistic.TOP_EARNERS);
		assertThat(top.period().kind()).isEqualTo(PeriodKind.INHERITED);
		Claim entry = figure(result, Metric.WAGE, "28500");
		assertThat(entry.statistic()).isEqualTo(Statistic.ENTRY_LEVEL);
		assertThat(entry.attribution()).isNull();
		assertThat(entry.place()).isEqualTo("United States");
	}

	@Test
	void blsMedianMay2024() {
		Claim c = figure(result, Metric.WAGE, "50250");
		assertThat(c.statistic()).isEqualTo(Statistic.MEDIAN);
		assertThat(c.unit()).isEqualTo(Unit.USD_PER_YEAR);
		assertThat(c.period()).isEqualTo(com.careerbrief.model.Period.survey(2024));
		assertThat(c.attribution()).isEqualTo("U.S. Bureau of Labor Statistics");
		assertThat(c.occupationAsWorded()).isEqualTo("medical records specialists");
		assertThat(c.socCode()).isEqualTo("29-2072");
		assertThat(c.quotes().get(0).section()).isEqualTo("How much can you earn as a medical records technician?");
	}

	@Test
	void careerDurations() {
		assertThat(figure(result, Metric.DURATION, "2").valueHigh()).isEqualByComparingTo("3");
		assertThat(figure(result, Metric.DURATION, "3").valueHigh()).isEqualByComparingTo("5");
		Claim leadership = figure(result, Metric.DURATION, "5");
		assertThat(leadership.valueHigh()).isEqualByComparingTo("7");
		assertThat(leadership.unit()).isEqualTo(Unit.YEARS);
		assertThat(leadership.quotes().get(0).sentence()).contains("bachelor's degree");
	}

	@Test
	void certificationsWithIssuingBody() {
		Claim rhit = fact(result, FactCategory.CERTIFICATION, "RHIT");
		assertThat(rhit.detail()).contains("Registered Health Information Technician")
			.contains("American Health Information Management Association").contains("AHIMA");
		assertThat(rhit.quotes().size()).isGreaterThan(1);
		assertThat(fact(result, FactCategory.CERTIFICATION, "CEHRS").detail())
			.contains("Certified Electronic Health Records Specialist");
		assertThat(fact(result, FactCategory.CERTIFICATION, "CCS").detail()).contains("Certified Coding Specialist");
		fact(result, FactCategory.CERTIFICATION, "CPC");
		fact(result, FactCategory.EDUCATION_STEP, "high school diploma");
		fact(result, FactCategory.EDUCATION_STEP, "postsecondary certificate");
		fact(result, FactCategory.DEGREE, "associate degree");
	}

	@Test
	void internshipSettingsAreTheirOwnListNamedByTheWordsBeforeEachColon() {
		assertThat(facts(result, FactCategory.INTERNSHIP)).containsExactly("Hospitals and large clinics",
				"Insurance companies and government agencies",
				"Nonprofit health organizations and corporate healthcare providers");
		assertThat(facts(result, FactCategory.EDUCATION_STEP)).noneMatch(f -> f.contains("internship"));
	}

	@Test
	void codesAndRegulations() {
		assertThat(facts(result, FactCategory.CODING_SYSTEM)).contains("ICD-10", "CPT", "HCPCS");
		assertThat(facts(result, FactCategory.REGULATION)).contains("HIPAA", "HITECH");
		assertThat(fact(result, FactCategory.REGULATION, "HIPAA").detail())
			.isEqualTo("Health Insurance Portability and Accountability Act");
	}

	@Test
	void sevenSkillsAndSixWorkSettings() {
		assertThat(facts(result, FactCategory.SKILL)).containsExactly("Technical proficiency", "Attention to detail",
				"Analytical thinking", "Regulatory knowledge", "Organizational skills", "Communication abilities",
				"Integrity and discretion");
		assertThat(facts(result, FactCategory.WORK_SETTING)).containsExactly("Hospitals", "Clinics and Doctor's Offices",
				"Nursing Care Facilities", "Insurance Companies", "Public Health Organizations",
				"Educational Institutions");
	}

	@Test
	void hoursAndTestimonialsAreFactsNotFigures() {
		assertThat(String.join(" | ", facts(result, FactCategory.WORK_HOURS))).contains("full-time")
			.contains("monday through friday").contains("evening").contains("weekend");
		assertThat(facts(result, FactCategory.TESTIMONIAL)).containsExactly("Grady", "Darian", "Ace");
		assertThat(result.extracted().claims()).filteredOn(Claim::figure)
			.noneMatch(c -> c.quotes().stream().anyMatch(q -> q.sentence().startsWith("Grady")
					|| q.sentence().contains("Pursuing a career as a medical records technician has given me")));
	}

	@Test
	void idsAreDeterministic() throws Exception {
		DocumentReadResult again = SeedArticleFixtures.reader().readWithText(SeedArticleFixtures.SEED_000);
		assertThat(again.extracted().claims()).isEqualTo(result.extracted().claims());
		assertThat(result.extracted().claims().get(0).claimId()).endsWith("#1");
		assertThat(figure(result, Metric.WAGE, "50250").valueLow()).isEqualTo(new BigDecimal("50250"));
	}
}
