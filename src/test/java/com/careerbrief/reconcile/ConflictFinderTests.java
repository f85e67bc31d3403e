package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Claim;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.report.verdict.ReportWording;

/** State conflicts from seed-claims.md: BLS May 2023 state means against the New York DOL and Washington ESD releases. */
class ConflictFinderTests {

	static ReconciledOccupation result;

	@BeforeAll
	static void reconcile() {
		ReconcileProperties props = ReconcileProperties.defaults();
		List<Figure> own = new ArrayList<>(MedicalRecordsFixtures.own());
		own.addAll(MedicalRecordsFixtures.stateOfficial());
		own.addAll(MedicalRecordsFixtures.agency());
		List<Claim> claims = ClaimsFromFigures.convert(MedicalRecordsFixtures.agency());
		result = new Reconciler(props).reconcile(MedicalRecordsFixtures.OCCUPATION, own, MedicalRecordsFixtures.related(),
				claims, SourceReliability.uninformed(props));
		wording = new ReportWording(claims, result.verdicts());
	}

	/** The words the reports give the result (report/verdict). */
	static ReportWording wording;

	static List<String> candidates(Conflict c) {
		return wording.candidates(c);
	}

	static String explanation(Conflict c) {
		return wording.explanation(c);
	}

	static Conflict conflict(String area) {
		return result.conflicts().stream().filter(c -> c.area().equals(area) && c.metric() == Metric.WAGE).findFirst()
				.orElseThrow();
	}

	@Test
	void newYorkShowsBothMeansTheirVintagesAndWhyTheyDiffer() {
		Conflict ny = conflict("New York");
		assertThat(ny.chosen().value()).isEqualByComparingTo("60510");
		assertThat(candidates(ny)).anyMatch(s -> s.startsWith("$60,510") && s.contains("May 2023"))
				.anyMatch(s -> s.startsWith("$57,529"));
		assertThat(explanation(ny)).contains("$60,510", "$57,529", "May 2023", "reference year not stated",
				"New York State Department of Labor", "different publishers", "survey panel");
	}

	@Test
	void washingtonShowsBothMeansTheirVintagesAndWhyTheyDiffer() {
		Conflict wa = conflict("Washington");
		assertThat(wa.chosen().value()).isEqualByComparingTo("64250");
		assertThat(candidates(wa)).anyMatch(s -> s.startsWith("$54,980") && s.contains("2022"));
		assertThat(explanation(wa)).contains("$64,250", "$54,980", "May 2023", "(2022 and May 2023)",
				"Washington State Employment Security Department");
	}

	@Test
	void stateAgencyMeansConflictByTheirRealDistance() {
		assertThat(result.verdicts()).filteredOn(v -> v.kind() == VerdictKind.CONFLICTS)
				.extracting(v -> v.distancePercent().toPlainString()).containsExactlyInAnyOrder("-4.9", "-14.4");
	}

	@Test
	void indianaHasNoConflictBecauseOnlyBlsReportsIt() {
		assertThat(result.conflicts()).noneMatch(c -> c.area().equals("Indiana"));
		assertThat(result.chosen()).anyMatch(c -> c.area().equals("Indiana") && c.value().compareTo(new java.math.BigDecimal("48220")) == 0);
	}

	@Test
	void anAgencysRegionalFigureEqualToAnotherPlacesIsNotACopyOfIt() {
		// given WA ESD 2022, Kennewick-Richland: median $21.92 and 75th percentile $28.44 an hour ($59,155 a year,
		// within a copy's tolerance of the national May 2021 75th percentile, $59,120)
		SourceRef wa = new SourceRef("waesd-oews-2022", "Washington State Employment Security Department",
				"WA ESD OEWS 2022", null, "2022", SourceKind.AGENCY, "WAESD_oews-washington.csv", 1719);
		List<Figure> region = List.of(regional(Statistic.MEDIAN, "21.92", wa), regional(Statistic.P75, "28.44", wa));
		List<Figure> own = new ArrayList<>(MedicalRecordsFixtures.own());
		own.addAll(region);
		List<Claim> claims = ClaimsFromFigures.convert(region);
		ReconcileProperties props = ReconcileProperties.defaults();

		// when
		ReconciledOccupation r = new Reconciler(props).reconcile(MedicalRecordsFixtures.OCCUPATION, own,
				MedicalRecordsFixtures.related(), claims, SourceReliability.uninformed(props));

		// then: nothing official is published for the region, so neither can be checked, and the two do not conflict
		assertThat(r.verdicts()).extracting(v -> v.kind()).containsOnly(VerdictKind.UNCHECKABLE);
		assertThat(r.conflicts()).noneMatch(c -> c.area().equals("Kennewick-Richland, WA"));
	}

	private static Figure regional(Statistic statistic, String hourly, SourceRef source) {
		return new Figure(MedicalRecordsFixtures.SOC, MedicalRecordsFixtures.SOC, null, "Medical Records Specialists",
				"Kennewick-Richland, WA", AreaType.REGION, Metric.WAGE, statistic, Unit.USD_PER_HOUR, new BigDecimal(hourly),
				Bound.EXACT, Period.year(2022), source);
	}

	@Test
	void newYorkMedianComesFromTheStateAgencyWhenBlsHasNone() {
		assertThat(result.chosen()).filteredOn(c -> c.area().equals("New York") && c.statistic() == com.careerbrief.model.Statistic.MEDIAN)
				.singleElement().satisfies(c -> {
					assertThat(c.value()).isEqualByComparingTo("51289");
					assertThat(c.source().sourceId()).isEqualTo("nysdol-oews");
					assertThat(c.confidence()).isLessThan(0.9);
				});
	}
}
