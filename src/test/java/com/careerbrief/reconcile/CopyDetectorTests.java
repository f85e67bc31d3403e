package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Quote;
import com.careerbrief.model.SourceDependence;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Sources that share the same wrong or stale values are found to copy one another, sources that only
 * happen to share true values are not, and one article saved twice is one text whatever its values.
 */
class CopyDetectorTests {

	static final ReconcileProperties PROPS = ReconcileProperties.defaults();

	static final String SOC = MedicalRecordsFixtures.SOC;

	@Test
	void sourcesSharingStaleAndWrongValuesAreOneFamilyAndTheIndependentSourceIsNot() {
		List<Claim> claims = new ArrayList<>();
		for (String source : List.of("original", "copier")) {
			claims.addAll(staleAndWrong(source));
			// A copy takes the whole article, its right figures too (with only the wrong ones shared, see the
			// next test, it is not found).
			claims.add(claim(source, 5, Statistic.P25, "41600", "A quarter earn under $41,600 in " + source + "."));
			claims.add(claim(source, 6, Statistic.P75, "64070", "A quarter earn over $64,070 in " + source + "."));
		}
		claims.add(claim("independent", 1, Statistic.MEDIAN, "50250", "Median $50,250."));
		claims.add(claim("independent", 2, Statistic.MEAN, "44000", "Mean $44,000."));
		claims.add(claim("independent", 3, Statistic.P90, "80950", "Top $80,950."));
		claims.add(claim("independent", 4, Statistic.P10, "35780", "Bottom $35,780."));

		SourceDependences found = estimate(claims).dependences();

		assertThat(found.all()).singleElement().satisfies(d -> {
			assertThat(List.of(d.sourceId(), d.copiesFrom())).containsExactlyInAnyOrder("original", "copier");
			assertThat(d.probability()).isGreaterThan(0.55); // 0.59: six shared values, one per class of item, n = 1
			assertThat(d.sameText()).isFalse();
			assertThat(List.of(d.sameFalse(), d.sameTrue(), d.differing())).containsExactly(3, 3, 0);
			assertThat(d.shared()).extracting(SourceDependence.SharedValue::value).extracting(BigDecimal::toPlainString)
				.containsExactly("37110", "44324", "61400", "35780", "41600", "64070");
		});
		assertThat(found.family("copier")).isEqualTo(found.family("original"));
		assertThat(found.family("independent")).isEqualTo("independent");
		// A copy adds little to its original's vote; an independent source keeps all of its own.
		assertThat(found.independence("copier", List.of("original"))).isLessThan(0.45); // 1 - 0.59
		assertThat(found.independence("independent", List.of("original", "copier"))).isEqualTo(1.0);
	}

	@Test
	void twoSourcesSharingOnlyWrongAndUndatedStaleValuesAreNotEvidenceEnoughWhenWrongValuesAlwaysCoincide() {
		// Deliberate since undated stale figures count against a source's accuracy (1 in 4 here): with n = 1
		// two inaccurate sources meeting on a wrong value is about as likely independent as copied.
		List<Claim> claims = new ArrayList<>(staleAndWrong("original"));
		claims.addAll(staleAndWrong("copier"));

		assertThat(estimate(claims).dependences().all()).isEmpty();
	}

	@Test
	void sourcesThatOnlyShareTrueValuesAndDifferElsewhereAreIndependent() {
		List<Claim> claims = new ArrayList<>();
		claims.add(claim("a", 1, Statistic.MEDIAN, "50250", "A median."));
		claims.add(claim("a", 2, Statistic.MEAN, "55970", "A mean."));
		claims.add(claim("a", 3, Statistic.P90, "61400", "A top."));
		claims.add(claim("b", 1, Statistic.MEDIAN, "50250", "B median."));
		claims.add(claim("b", 2, Statistic.MEAN, "55970", "B mean."));
		claims.add(claim("b", 3, Statistic.P90, "57500", "B top."));

		assertThat(estimate(claims).dependences().all()).isEmpty();
	}

	@Test
	void oneArticleSavedUnderTwoNamesIsOneTextEvenWhenItsFiguresAreRight() {
		List<Claim> claims = new ArrayList<>();
		for (String source : List.of("article", "article-reprint")) {
			claims.add(claim(source, 1, Statistic.MEDIAN, "50250", "The median wage was $50,250 in May 2024."));
			claims.add(claim(source, 2, Statistic.MEAN, "55970", "The mean wage was $55,970."));
		}

		assertThat(estimate(claims).dependences().all()).singleElement().satisfies(d -> {
			assertThat(d.sameText()).isTrue();
			assertThat(d.probability()).isEqualTo(1.0);
			assertThat(d.familyId()).isEqualTo("article");
			assertThat(d.sourceId()).isEqualTo("article-reprint");
		});
	}

	/** An undated 2015 median, a wrong mean and 90th percentile, and today's 10th percentile. */
	private static List<Claim> staleAndWrong(String source) {
		return List.of(claim(source, 1, Statistic.MEDIAN, "37110", "The median is $37,110 in " + source + "."),
				claim(source, 2, Statistic.MEAN, "44324", "The mean is $44,324 in " + source + "."),
				claim(source, 3, Statistic.P90, "61400", "The top earn $61,400 in " + source + "."),
				claim(source, 4, Statistic.P10, "35780", "The bottom earn $35,780 in " + source + "."));
	}

	private static SourceReliability estimate(List<Claim> claims) {
		List<Figure> figures = new ArrayList<>(MedicalRecordsFixtures.own());
		figures.addAll(MedicalRecordsFixtures.related());
		return SourceReliability.estimate(PROPS, Map.of(SOC, claims), Map.of(SOC, figures));
	}

	private static Claim claim(String source, int n, Statistic statistic, String value, String sentence) {
		return new Claim(source + "#F" + n, source, SOC, null, true, Metric.WAGE, statistic.name().toLowerCase(), statistic,
				0, new BigDecimal(value), null, Unit.USD_PER_YEAR, Period.none(), "United States", null, null, null, value,
				null, SourceReliabilityTests.source(source), List.of(new Quote("Pay", sentence, 0, sentence.length())));
	}
}
