package com.careerbrief.reconcile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.reconcile.bench.GeneratedClaim.Pair;

/** The benchmark's claims are what they say they are: each planted error really is that error on the real series. */
class ClaimsGeneratorTests {

	private static OewsSeries series;

	private static ClaimsGenerator generator;

	private static List<GeneratedClaim> mixed;

	@BeforeAll
	static void generate() throws IOException {
		series = OewsSeries.load(Path.of("input"));
		generator = new ClaimsGenerator(series);
		mixed = generator.generate(new Scenario("mixed", Scenario.all().get(8).patterns(), 0.3, 3), 7);
	}

	@Test
	void theTruthIsTheMay2024NationalFigure() {
		// OEWS May 2024, 29-2072 Medical Records Specialists (seed-claims.md): median 50,250, mean 55,970
		assertThat(generator.truth(new Pair("29-2072", Statistic.MEDIAN))).isEqualByComparingTo("50250");
		assertThat(generator.truth(new Pair("29-2072", Statistic.MEAN))).isEqualByComparingTo("55970");
		assertThat(series.hourly("29-2072", Statistic.MEDIAN, 2024)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("24.16"));
	}

	@Test
	void anOutdatedClaimEqualsTheSameStatisticOfAnOlderYearAndNotToday() {
		List<GeneratedClaim> outdated = of(ErrorPattern.OUTDATED);
		assertThat(outdated).hasSizeGreaterThan(100).allSatisfy(g -> {
			BigDecimal v = g.claim().valueLow();
			assertThat(ErrorPlanter.far(v, g.truth(), 1)).isTrue();
			if (g.claim().period().kind() == PeriodKind.SURVEY) {
				int year = g.claim().period().endYear();
				assertThat(year).isLessThan(2024);
				assertThat(series.annual(g.pair().soc(), g.pair().statistic(), year)).hasValueSatisfying(o -> assertThat(o).isEqualByComparingTo(v));
			}
			else {
				assertThat(List.of(2013, 2017, 2018, 2019, 2020, 2021, 2022, 2023)).anySatisfy(y -> assertThat(
						series.annual(g.pair().soc(), g.pair().statistic(), y)).hasValueSatisfying(o -> assertThat(o).isEqualByComparingTo(v)));
			}
		});
	}

	@Test
	void aMedianCalledAverageIsTodaysMedianWordedAverageForTheMean() {
		assertThat(of(ErrorPattern.MEDIAN_AS_AVERAGE)).hasSizeGreaterThan(50).allSatisfy(g -> {
			assertThat(g.pair().statistic()).isEqualTo(Statistic.MEAN);
			assertThat(g.claim().statistic()).isEqualTo(Statistic.AVERAGE_AS_WORDED);
			assertThat(g.claim().valueLow()).isEqualByComparingTo(series.annual(g.pair().soc(), Statistic.MEDIAN, 2024).orElseThrow());
		});
	}

	@Test
	void hourlyGivenAsAnnualIsTodaysHourlyFigureWithAnAnnualUnit() {
		assertThat(of(ErrorPattern.HOURLY_AS_ANNUAL)).hasSizeGreaterThan(100).allSatisfy(g -> {
			assertThat(g.claim().unit()).isEqualTo(Unit.USD_PER_YEAR);
			assertThat(g.claim().valueLow()).isEqualByComparingTo(series.hourly(g.pair().soc(), g.pair().statistic(), 2024).orElseThrow());
		});
	}

	@Test
	void aRoundedClaimIsTodaysFigureToTheNearest500Or1000AndAWrongDigitChangesOneOfTheFirstTwo() {
		assertThat(of(ErrorPattern.ROUNDED)).hasSizeGreaterThan(100).allSatisfy(g -> {
			BigDecimal v = g.claim().valueLow();
			assertThat(v.remainder(BigDecimal.valueOf(500))).isZero();
			assertThat(v.subtract(g.truth()).abs()).isLessThanOrEqualTo(BigDecimal.valueOf(500));
			assertThat(ErrorPlanter.far(v, g.truth(), 0.3)).isTrue();
		});
		assertThat(of(ErrorPattern.WRONG_DIGIT)).hasSizeGreaterThan(100).allSatisfy(g -> {
			String v = g.claim().valueLow().toBigInteger().toString();
			String t = g.truth().toBigInteger().toString();
			assertThat(v).hasSameSizeAs(t);
			assertThat(v.substring(2)).isEqualTo(t.substring(2));
			assertThat(v.charAt(0) != t.charAt(0) ^ v.charAt(1) != t.charAt(1)).isTrue();
		});
	}

	@Test
	void anotherStateIsAStateMeanOfMay2023AndANeighbourIsAnotherCodeOfTheSameMinorGroup() {
		assertThat(of(ErrorPattern.OTHER_STATE)).hasSizeGreaterThan(20).allSatisfy(g ->
				assertThat(series.stateMeans(g.pair().soc()).values()).anySatisfy(s -> assertThat(s).isEqualByComparingTo(g.claim().valueLow())));
		assertThat(of(ErrorPattern.NEIGHBOUR_CODE)).hasSizeGreaterThan(100).allSatisfy(g ->
				assertThat(series.codes()).anySatisfy(c -> {
					assertThat(c).isNotEqualTo(g.pair().soc()).startsWith(g.pair().soc().substring(0, 5));
					assertThat(series.annual(c, g.pair().statistic(), 2024)).hasValueSatisfying(o -> assertThat(o).isEqualByComparingTo(g.claim().valueLow()));
				}));
	}

	@Test
	void aCopierRepeatsItsOriginalsClaimsErrorsIncluded() {
		Map<String, List<GeneratedClaim>> bySource = mixed.stream().collect(Collectors.groupingBy(GeneratedClaim::sourceId));
		List<BigDecimal> copied = bySource.get("copier-00").stream().map(g -> g.claim().valueLow()).toList();
		List<BigDecimal> original = bySource.get("article-02").stream().map(g -> g.claim().valueLow()).toList();
		assertThat(copied).isEqualTo(original);
		assertThat(bySource.get("copier-00")).anySatisfy(g -> assertThat(g.pattern()).isEqualTo(ErrorPattern.COPIED));
	}

	@Test
	void theSameSeedGivesTheSameClaimsAndAboutTheControlledShareIsWrong() {
		List<GeneratedClaim> again = generator.generate(new Scenario("mixed", Scenario.all().get(8).patterns(), 0.3, 3), 7);
		Function<GeneratedClaim, String> key = g -> g.claim().claimId() + " " + g.claim().valueLow() + " " + g.pattern();
		assertThat(again.stream().map(key).toList()).isEqualTo(mixed.stream().map(key).toList());
		long ownWrong = mixed.stream().filter(g -> !g.sourceId().startsWith("copier") && g.pattern() != ErrorPattern.NONE).count();
		long own = mixed.stream().filter(g -> !g.sourceId().startsWith("copier")).count();
		// 30% drawn; a pattern that cannot apply to a pair (no state figure, no neighbour…) leaves the claim correct
		assertThat(ownWrong * 1.0 / own).isBetween(0.15, 0.30);
	}

	@Test
	void correlatedSourcesRepeatAStaleTableCopyWithTheSetRateAndAreReliablyWrong() {
		Scenario correlated = Scenario.all().stream().filter(s -> s.name().equals("all patterns mixed")).findFirst().orElseThrow();
		List<GeneratedClaim> claims = generator.generate(correlated, 5);
		Map<String, List<GeneratedClaim>> bySource = claims.stream().collect(Collectors.groupingBy(GeneratedClaim::sourceId));
		// A stale table: every claim is the same statistic of one older year.
		List<GeneratedClaim> table = bySource.get("stale-00");
		int year = table.get(0).claim().period().endYear();
		assertThat(year).isLessThan(2024);
		assertThat(table).allSatisfy(g -> assertThat(series.annual(g.pair().soc(), g.pair().statistic(), year))
			.hasValueSatisfying(v -> assertThat(g.claim().valueLow()).isEqualByComparingTo(v)));
		// A copier takes about 80% of its original's claims as they are, errors included.
		Map<Pair, BigDecimal> original = bySource.get("article-02").stream()
			.collect(Collectors.toMap(GeneratedClaim::pair, g -> g.claim().valueLow(), (a, b) -> a));
		List<GeneratedClaim> copier = bySource.get("copier-00");
		assertThat(copier).extracting(GeneratedClaim::pair).containsExactlyInAnyOrderElementsOf(bySource.get("article-02")
			.stream().map(GeneratedClaim::pair).toList());
		long same = copier.stream().filter(g -> g.claim().valueLow().compareTo(original.get(g.pair())) == 0).count();
		assertThat(same * 1.0 / copier.size()).isBetween(0.75, 0.9);
		assertThat(copier).anySatisfy(g -> assertThat(g.pattern()).isEqualTo(ErrorPattern.COPIED));
		// A reliably wrong source: about 90% drawn wrong, less where a pattern cannot apply.
		List<GeneratedClaim> wrong = bySource.get("wrong-00");
		long planted = wrong.stream().filter(g -> g.pattern() == ErrorPattern.RELIABLY_WRONG).count();
		assertThat(planted * 1.0 / wrong.size()).isBetween(0.6, 0.9);
	}

	private static List<GeneratedClaim> of(ErrorPattern pattern) {
		return mixed.stream().filter(g -> g.pattern() == pattern).toList();
	}

}
