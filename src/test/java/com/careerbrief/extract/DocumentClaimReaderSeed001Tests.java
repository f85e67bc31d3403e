package com.careerbrief.extract;

import static com.careerbrief.extract.SeedArticleFixtures.fact;
import static com.careerbrief.extract.SeedArticleFixtures.facts;
import static com.careerbrief.extract.SeedArticleFixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.FactCategory;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Quote;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** Seed 001 ("Career Profile and Forecast: Medical Records Technician") against seed-claims.md. */
class DocumentClaimReaderSeed001Tests {

	private static final String BLS = "Bureau of Labor Statistics";

	private static DocumentReadResult result;

	@BeforeAll
	static void read() throws Exception {
		result = SeedArticleFixtures.reader().readWithText(SeedArticleFixtures.SEED_001);
	}

	@Test
	void dateInferredFromProjectionPeriodAndMenuDropped() {
		var info = result.document().info();
		assertThat(info.title()).isEqualTo("Career Profile and Forecast: Medical Records Technician");
		assertThat(info.author()).isNull();
		assertThat(info.date()).isEqualTo(LocalDate.of(2017, 1, 1));
		assertThat(info.dateInferred()).isTrue();
		assertThat(info.dateEvidence()).contains("2016");
		assertThat(info.dropped()).contains("menu: ≡ Menu");
		assertThat(result.document().text()).doesNotContain("≡");
		assertThat(info.socCode()).isEqualTo("29-2072");
		assertThat(info.socEvidence()).contains("MRT");
	}

	@Test
	void everyQuoteIndexesTheCleanedText() {
		for (Claim c : result.extracted().claims()) {
			for (Quote q : c.quotes()) {
				assertThat(result.document().text().substring(q.start(), q.end())).as(c.claimId()).isEqualTo(q.sentence());
			}
		}
	}

	@Test
	void thirteenPercentStatedTwiceIsOneClaimWithTwoQuotes() {
		Claim c = figure(result, Metric.EMPLOYMENT_CHANGE_PERCENT, "13");
		assertThat(c.quotes()).hasSize(2);
		assertThat(c.quotes().get(0).sentence()).isEqualTo("The projection was 13% increase from 2016 to 2026.");
		assertThat(c.quotes().get(1).sentence()).startsWith("As mentioned earlier, there will be a possible 13% increase");
		assertThat(c.quotes().get(1).section()).isEqualTo("Career Outlook");
		assertThat(c.period()).isEqualTo(Period.projection(2016, 2026));
		assertThat(c.attribution()).isEqualTo(BLS);
	}

	@Test
	void twentyEightThousandNewJobsOverTheSamePeriod() {
		Claim c = figure(result, Metric.EMPLOYMENT_CHANGE_COUNT, "28000");
		assertThat(c.unit()).isEqualTo(Unit.PERSONS);
		assertThat(c.period()).isEqualTo(Period.projection(2016, 2026));
		assertThat(c.attribution()).isEqualTo(BLS);
	}

	@Test
	void averageAndTopAndBottomTenPercentPay() {
		Claim avg = figure(result, Metric.WAGE, "37110");
		assertThat(avg.statistic()).isEqualTo(Statistic.AVERAGE_AS_WORDED);
		assertThat(avg.unit()).isEqualTo(Unit.USD_PER_YEAR);
		assertThat(avg.attribution()).isEqualTo(BLS);
		assertThat(avg.period().kind()).isEqualTo(PeriodKind.INHERITED);
		assertThat(avg.period().label()).isEqualTo("none stated (document c. 2017)");
		Claim top = figure(result, Metric.WAGE, "61400");
		assertThat(top.statistic()).isEqualTo(Statistic.TOP_PERCENT);
		assertThat(top.percentile()).isEqualTo(10);
		assertThat(top.attribution()).isEqualTo(BLS);
		Claim bottom = figure(result, Metric.WAGE, "24190");
		assertThat(bottom.statistic()).isEqualTo(Statistic.BOTTOM_PERCENT);
		assertThat(bottom.percentile()).isEqualTo(10);
		assertThat(bottom.attribution()).isEqualTo(BLS);
		assertThat(result.extracted().claims()).filteredOn(Claim::figure)
			.noneMatch(c -> c.metric() == Metric.EMPLOYMENT_CHANGE_PERCENT && c.valueLow().intValue() == 10);
	}

	@Test
	void programLengthsAndContinuingEducation() {
		Claim certificate = figure(result, Metric.DURATION, "6");
		assertThat(certificate.unit()).isEqualTo(Unit.MONTHS);
		assertThat(certificate.text()).startsWith("certificate");
		Claim associate = figure(result, Metric.DURATION, "2");
		assertThat(associate.unit()).isEqualTo(Unit.YEARS);
		assertThat(associate.text()).startsWith("associate degree");
		Claim ce = figure(result, Metric.HOURS, "20");
		assertThat(ce.text()).isEqualTo("20 hours of continuing education after two years");
		assertThat(ce.unit()).isEqualTo(Unit.HOURS);
		assertThat(ce.detail()).contains("two years");
		assertThat(ce.quotes().get(0).section()).isEqualTo("Maintain the RHIT Title");
	}

	@Test
	void credentialsAndAccreditation() {
		assertThat(fact(result, FactCategory.CERTIFICATION, "RHIT").detail())
			.contains("American Health Information Management Association");
		assertThat(facts(result, FactCategory.CERTIFICATION)).contains("Healthcare privacy and security", "CCS", "CCS-P",
				"CHDA", "CTR");
		assertThat(fact(result, FactCategory.ACCREDITATION, "CAHIIM").detail())
			.startsWith("Commission on Accreditation for Health Informatics and Information Management");
		assertThat(facts(result, FactCategory.DEGREE)).contains("Associate of Science (AS)",
				"Associate of Applied Science (AAS)", "bachelor of science in HIM");
	}

	@Test
	void nineDutiesAndNineWorkSettings() {
		assertThat(facts(result, FactCategory.DUTY)).hasSize(9).contains("Fill out paperwork", "Calculate survivor rates");
		assertThat(facts(result, FactCategory.WORK_SETTING)).containsExactly("hospitals", "Insurance companies",
				"Nursing homes", "Physician practices", "Software vendors", "Government agencies",
				"Rehabilitation centers", "Pharmaceutical companies", "Home healthcare agencies");
		assertThat(fact(result, FactCategory.WORK_SETTING, "hospitals").detail()).isEqualTo("most work here");
		assertThat(facts(result, FactCategory.SKILL)).containsExactly("Good ethics", "Communication", "Good judgment",
				"Attention to detail");
	}

	@Test
	void subjectListsAreCourseworkNamedAsWritten() {
		assertThat(facts(result, FactCategory.COURSEWORK)).containsExactly("Introduction to health information systems",
				"Medical Coding", "Human physiology and anatomy", "Medical terminology", "Disease pathology",
				"Health data management", "Health information legal aspects", "Health care financial concepts");
		assertThat(facts(result, FactCategory.EDUCATION_STEP)).noneMatch(f -> f.contains("coursework"));
	}

	@Test
	void payFactors() {
		assertThat(facts(result, FactCategory.PAY_FACTOR)).contains(
				"Health information technicians with experience in electronic health record earn more.",
				"Medical coders are among the highest paid in the field.");
	}
}
