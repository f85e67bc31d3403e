package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Rounding;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/** What "equal after rounding" means, on values from the seed articles and the BLS tables. */
class FigureMatcherTests {

	final FigureMatcher matcher = new FigureMatcher(ReconcileProperties.defaults());

	@Test
	void aValueStatedToTheDollarMustBeExact() {
		// $44,324 is 0.5% from the 2020 hybrid median $44,090: close, but not the same figure
		assertThat(matcher.exact(bd("44324"), bd("44090"), Unit.USD_PER_YEAR)).isFalse();
		assertThat(matcher.rounded(bd("44324"), bd("44090"), Unit.USD_PER_YEAR)).isFalse();
		assertThat(matcher.exact(bd("37110"), bd("37110"), Unit.USD_PER_YEAR)).isTrue();
	}

	@Test
	void hourlyTimes2080EqualsThePublishedAnnualWage() {
		// OEWS May 2024: $24.16 an hour, $50,250 a year
		assertThat(matcher.exact(Units.toBase(bd("24.16"), Unit.USD_PER_HOUR, 2080), bd("50250"), Unit.USD_PER_YEAR)).isTrue();
	}

	@Test
	void roundValuesMatchWithinTheirRounding() {
		assertThat(matcher.rounded(bd("28000"), bd("27800"), Unit.PERSONS)).isTrue();
		assertThat(matcher.rounded(bd("28500"), bd("28800"), Unit.USD_PER_YEAR)).isTrue();
		assertThat(matcher.rounded(bd("28500"), bd("35780"), Unit.USD_PER_YEAR)).isFalse();
		assertThat(matcher.rounded(bd("13"), bd("13.5"), Unit.PERCENT)).isTrue();
		assertThat(matcher.rounded(bd("13.4"), bd("13.5"), Unit.PERCENT)).isFalse();
	}

	@Test
	void aRoundingIsOffByAtMostOneStepAndAnotherYearNeedsThePublishedDigits() {
		// "$76,100" (a multiple of 100) is not a rounding of $74,700, although within 2%
		assertThat(matcher.rounded(bd("76100"), bd("74700"), Unit.USD_PER_YEAR)).isFalse();
		assertThat(matcher.rounded(bd("76100"), bd("76060"), Unit.USD_PER_YEAR)).isTrue();
		// 0.2% is "equal" to the current figure but not the digits of an older one
		assertThat(matcher.exact(bd("50350"), bd("50250"), Unit.USD_PER_YEAR)).isTrue();
		assertThat(matcher.copied(bd("50350"), bd("50250"))).isFalse();
		assertThat(matcher.copied(Units.toBase(bd("24.16"), Unit.USD_PER_HOUR, 2080), bd("50250"))).isTrue();
	}

	@Test
	void aNationalAverageEqualToTheNationalMedianAndToAStateMeanIsAMislabelledMedian() {
		// given: "average $50,250" (national); the May 2024 national median is $50,250, and a state's mean $50,270
		List<Figure> figures = new ArrayList<>(MedicalRecordsFixtures.own());
		Figure median = figures.stream().filter(f -> f.period().endYear() == 2024
				&& f.statistic() == Statistic.MEDIAN && f.unit() == Unit.USD_PER_YEAR
				&& f.source().sourceId().equals("bls-oews-2024")).findFirst().orElseThrow();
		figures.add(new Figure(median.socCode(), median.socCode(), null, median.occupationTitle(), "Ohio",
				AreaType.STATE, median.metric(), Statistic.MEAN, Unit.USD_PER_YEAR,
				bd("50270"), median.bound(), median.period(), median.source()));
		Claim claim = MedicalRecordsFixtures.claim(MedicalRecordsFixtures.DOC_000, 99,
				Metric.WAGE, "average", Statistic.AVERAGE_AS_WORDED, 0, "50250", null,
				Unit.USD_PER_YEAR, Period.none(), null);

		// when
		ReconciledOccupation r = new Reconciler(ReconcileProperties.defaults()).reconcile(MedicalRecordsFixtures.OCCUPATION,
				figures, List.of(), List.of(claim), SourceReliability.uninformed(ReconcileProperties.defaults()));

		// then: the same place wins over the fitting statistic; a state is 1 of 50 places to meet by chance
		assertThat(r.verdicts()).extracting(Verdict::kind)
				.contains(VerdictKind.MISLABELLED_STATISTIC)
				.doesNotContain(VerdictKind.DIFFERENT_SCOPE);
	}

	@Test
	void roundingStepIsReadFromTheValue() {
		assertThat(Rounding.step(bd("28500"))).isEqualByComparingTo("500");
		assertThat(Rounding.step(bd("28000"))).isEqualByComparingTo("1000");
		assertThat(Rounding.step(bd("37110"))).isEqualByComparingTo("10");
		assertThat(Rounding.step(bd("44324"))).isEqualByComparingTo("1");
	}

	private static BigDecimal bd(String v) {
		return new BigDecimal(v);
	}
}
