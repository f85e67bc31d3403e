package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.report.verdict.ReportWording;

/** Claims are put on the official footing before they are compared. */
class ClaimNormaliserTests {

	final ClaimNormaliser normaliser = new ClaimNormaliser(ReconcileProperties.defaults());

	@Test
	void hourlyPayBecomesAnnualAt2080Hours() {
		Claim hourly = MedicalRecordsFixtures.claim("doc", 1, Metric.WAGE, "earn", Statistic.MEDIAN, 0, "24.16", null,
				Unit.USD_PER_HOUR, Period.survey(2024), null);
		NormalisedClaim c = normaliser.normalise(hourly, null);
		assertThat(c.low()).isEqualByComparingTo("50252.80");
		assertThat(c.unit()).isEqualTo(Unit.USD_PER_YEAR);
		Verdict unchecked = UncheckableVerdicts.noFigure(c);
		assertThat(new ReportWording(List.of(hourly), List.of(unchecked)).finding(unchecked))
			.contains("so $24.16 an hour ($50,253 a year at full time) cannot be checked");
	}

	@Test
	void thousandsBecomePersons() {
		Claim k = MedicalRecordsFixtures.claim("doc", 2, Metric.OPENINGS, "openings", Statistic.VALUE, 0, "14.2", null,
				Unit.THOUSANDS_OF_PERSONS, Period.projection(2024, 2034), null);
		assertThat(normaliser.normalise(k, null).low()).isEqualByComparingTo(BigDecimal.valueOf(14200));
	}

	@Test
	void anUndatedClaimInheritsItsDocumentsDateMarkedInherited() {
		Claim undated = MedicalRecordsFixtures.claim("001", 10, Metric.WAGE, "earn an average of",
				Statistic.AVERAGE_AS_WORDED, 0, "37110", null, Unit.USD_PER_YEAR, Period.none(), null);
		DocumentInfo doc = new DocumentInfo("001", "001.txt", "Career Profile", null, LocalDate.of(2018, 1, 1), true,
				"projection period 2016–2026", "x", "29-2072", null, 1, List.of());
		NormalisedClaim c = normaliser.normalise(undated, doc);
		assertThat(c.period().kind()).isEqualTo(PeriodKind.INHERITED);
		assertThat(c.period().startYear()).isEqualTo(2018);
		assertThat(c.period().label()).contains("about 2018");
		assertThat(c.periodUnstated()).isTrue();
		assertThat(c.statistic()).isEqualTo(Statistic.AVERAGE_AS_WORDED);
	}

	@Test
	void placeNamesMeetTheTablesNames() {
		assertThat(ClaimNormaliser.place("U.S.")).isEqualTo("United States");
		assertThat(ClaimNormaliser.place(null)).isEqualTo("United States");
		assertThat(ClaimNormaliser.place("New York State")).isEqualTo("New York");
	}
}
