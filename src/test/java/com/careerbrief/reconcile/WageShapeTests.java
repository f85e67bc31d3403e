package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.report.verdict.ReportWording;

/**
 * The shape of pay figures is learned from official data and decides between a lone right value and a lone
 * wrong one from a more trusted source; wrong values that scatter make agreeing sources count for more.
 */
class WageShapeTests {

	private static final ReconcileProperties PROPS = ReconcileProperties.defaults();

	/** p10, p25, median, p75, p90, mean as multiples of the median, as pay is usually spread. */
	private static final double[] SHAPE = { 0.62, 0.79, 1.0, 1.28, 1.62, 1.1 };

	private static final List<Statistic> ORDER = List.of(Statistic.P10, Statistic.P25, Statistic.MEDIAN, Statistic.P75,
			Statistic.P90, Statistic.MEAN);

	@Test
	void figuresThatSitLikeOfficialPayFitAndAWrongFirstDigitDoesNot() {
		WageShape shape = WageShape.learn(officialFigures(60).values());
		Map<Statistic, BigDecimal> right = values("39000", "48690", "62000");
		Map<Statistic, BigDecimal> wrongDigit = values("39000", "88690", "62000");
		assertThat(shape.isEmpty()).isFalse();
		assertThat(shape.fit(right)).isPositive();
		assertThat(shape.fit(wrongDigit)).isNegative();
	}

	@Test
	void everyLinkOfTheChainIsLearnedTheMeanAgainstTheMedianAndAPercentileAgainstTheNext() {
		WageShape shape = WageShape.learn(officialFigures(60).values());
		assertThat(shape.fit(Map.of(Statistic.MEDIAN, new BigDecimal("48690"), Statistic.MEAN, new BigDecimal("53560"))))
			.isPositive();
		assertThat(shape.fit(Map.of(Statistic.MEDIAN, new BigDecimal("48690"), Statistic.MEAN, new BigDecimal("93560"))))
			.isNegative();
		assertThat(shape.fit(Map.of(Statistic.P25, new BigDecimal("39000"), Statistic.MEDIAN, new BigDecimal("48690"))))
			.isPositive();
		assertThat(shape.fit(Map.of(Statistic.P25, new BigDecimal("79000"), Statistic.MEDIAN, new BigDecimal("48690"))))
			.isNegative();
		assertThat(shape.fit(Map.of(Statistic.P10, new BigDecimal("30190"), Statistic.P25, new BigDecimal("38470"))))
			.isPositive();
	}

	@Test
	void aFigureFarOutOfLineCostsALotButNeverRulesItselfOutForever() {
		WageShape shape = WageShape.learn(officialFigures(60).values());
		double far = shape.fit(Map.of(Statistic.P25, new BigDecimal("1000"), Statistic.MEDIAN, new BigDecimal("48690")));
		assertThat(far).isNegative().isFinite().isGreaterThan(-20);
	}

	@Test
	void tooFewOccupationsTeachNothing() {
		WageShape shape = WageShape.learn(officialFigures(WageShape.MIN_OCCUPATIONS - 1).values());
		assertThat(shape.isEmpty()).isTrue();
		assertThat(shape.fit(values("39000", "88690", "62000"))).isZero();
		assertThat(WageShape.none().fit(values("39000", "48690", "62000"))).isZero();
	}

	@Test
	void aLoneRightMedianThatFitsTheOtherFiguresBeatsALoneWrongOneFromAMoreTrustedSource() {
		Map<String, List<Figure>> figures = officialFigures(60);
		SourceReliability rel = SourceReliability.estimate(PROPS, calibrationClaims(figures), figures);
		assertThat(rel.weight(SourceReliabilityTests.source("careful-blog")))
			.isGreaterThan(rel.weight(SourceReliabilityTests.source("sloppy-blog")));
		List<Claim> medians = List.of(claim("careful-blog", 1, Statistic.MEDIAN, "88690"),
				claim("sloppy-blog", 2, Statistic.MEDIAN, "48690"));
		List<Claim> withTheRest = new ArrayList<>(medians);
		withTheRest.add(claim("blog-c", 3, Statistic.P25, "39000"));
		withTheRest.add(claim("blog-d", 4, Statistic.P75, "62000"));
		withTheRest.add(claim("blog-e", 5, Statistic.P90, "79000"));

		ChosenFigure alone = median(rel, medians);
		ChosenFigure inContext = median(rel, withTheRest);

		assertThat(alone.value()).isEqualByComparingTo("88690");
		assertThat(inContext.value()).isEqualByComparingTo("48690");
		assertThat(inContext.source().sourceId()).isEqualTo("sloppy-blog");
		assertThat(new ReportWording(withTheRest, List.of()).why(inContext)).contains("Chosen over $88,690").contains("which has more source weight")
			.contains("the usual gaps between percentiles and the mean");
	}

	@Test
	void wrongValuesThatScatterCountAsManyAndWrongValuesThatRepeatAsOne() {
		Map<String, List<Figure>> figures = officialFigures(1);
		String soc = figures.keySet().iterator().next();
		List<Claim> scattered = List.of(claim(soc, "blog-a", 1, Statistic.MEDIAN, "81000"), claim(soc, "blog-b", 1, Statistic.MEDIAN, "91000"),
				claim(soc, "blog-c", 1, Statistic.MEDIAN, "31000"));
		List<Claim> repeated = List.of(claim(soc, "blog-a", 1, Statistic.MEDIAN, "81000"), claim(soc, "blog-b", 1, Statistic.MEDIAN, "81000"),
				claim(soc, "blog-c", 1, Statistic.MEDIAN, "81000"));

		// three wrong claims make three pairs: none agree → (3 + 1) / (0 + 1); all agree → (3 + 1) / (3 + 1)
		assertThat(SourceReliability.estimate(PROPS, Map.of(soc, scattered), figures).falseValues()).isEqualTo(4.0);
		assertThat(SourceReliability.estimate(PROPS, Map.of(soc, repeated), figures).falseValues()).isEqualTo(1.0);
		assertThat(SourceReliability.uninformed(PROPS).falseValues()).isEqualTo(1.0);
	}

	private static ChosenFigure median(SourceReliability rel, List<Claim> claims) {
		Occupation occupation = new Occupation("99-0001", "Unlisted Occupation", null, 0, null);
		return new Reconciler(PROPS).reconcile(occupation, List.of(), List.of(), claims, rel).chosen().stream()
			.filter(c -> c.statistic() == Statistic.MEDIAN).findFirst().orElseThrow();
	}

	/** The careful blog quotes five medians right; the sloppy one gets three of five wrong. */
	private static Map<String, List<Claim>> calibrationClaims(Map<String, List<Figure>> figures) {
		Map<String, List<Claim>> out = new LinkedHashMap<>();
		int i = 0;
		for (Map.Entry<String, List<Figure>> e : figures.entrySet()) {
			if (i == 5) {
				break;
			}
			BigDecimal median = e.getValue().stream().filter(f -> f.statistic() == Statistic.MEDIAN).findFirst().orElseThrow().value();
			String sloppy = i < 3 ? median.multiply(BigDecimal.valueOf(2)).toPlainString() : median.toPlainString();
			out.put(e.getKey(), List.of(claim(e.getKey(), "careful-blog", i, Statistic.MEDIAN, median.toPlainString()),
					claim(e.getKey(), "sloppy-blog", i, Statistic.MEDIAN, sloppy)));
			i++;
		}
		return out;
	}

	/** May 2024 national annual figures of {@code n} made-up occupations, each spread a little differently. */
	private static Map<String, List<Figure>> officialFigures(int n) {
		Map<String, List<Figure>> out = new LinkedHashMap<>();
		java.util.Random random = new java.util.Random(2024);
		for (int k = 0; k < n; k++) {
			String soc = String.format("90-%04d", k);
			double median = 30000 + 1700 * k;
			List<Figure> list = new ArrayList<>();
			for (int s = 0; s < ORDER.size(); s++) {
				double jitter = 1 + 0.03 * random.nextGaussian(); // each statistic a little off its usual place
				double factor = ORDER.get(s) == Statistic.MEDIAN ? 1 : SHAPE[s] * jitter;
				BigDecimal value = BigDecimal.valueOf(Math.round(median * factor / 10) * 10);
				list.add(new Figure(soc, soc, null, "Occupation " + k, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.WAGE,
						ORDER.get(s), Unit.USD_PER_YEAR, value, Bound.EXACT, Period.survey(2024), MedicalRecordsFixtures.oewsSource(2024)));
			}
			out.put(soc, list);
		}
		return out;
	}

	private static Map<Statistic, BigDecimal> values(String p25, String median, String p75) {
		Map<Statistic, BigDecimal> out = new EnumMap<>(Statistic.class);
		out.put(Statistic.P25, new BigDecimal(p25));
		out.put(Statistic.MEDIAN, new BigDecimal(median));
		out.put(Statistic.P75, new BigDecimal(p75));
		return out;
	}

	private static Claim claim(String source, int n, Statistic statistic, String value) {
		return claim("99-0001", source, n, statistic, value);
	}

	private static Claim claim(String soc, String source, int n, Statistic statistic, String value) {
		return SourceReliabilityTests.claim(source, soc, n, statistic, value, Period.survey(2024));
	}
}
