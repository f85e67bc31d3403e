package com.careerbrief.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Unit;

/** Agency figures become claims with stable ids, once per row and statistic. */
class ClaimsFromFiguresTests {

	@Test
	void agencyFiguresBecomeClaimsAndTheHourlyTwinOfAnAnnualWageIsDropped() {
		List<Claim> claims = ClaimsFromFigures.convert(MedicalRecordsFixtures.agency());
		// 4 New York DOL statistics + Washington ESD annual mean (its hourly $26.44 is the same wage)
		assertThat(claims).hasSize(5);
		assertThat(claims).noneMatch(c -> c.unit() == Unit.USD_PER_HOUR);
		assertThat(claims).extracting(Claim::claimId).contains("nysdol-oews#L357.WAGE.MEAN.USD_PER_YEAR",
				"waesd-oews-2022#L350.WAGE.MEAN.USD_PER_YEAR");
		assertThat(ClaimsFromFigures.convert(MedicalRecordsFixtures.agency())).isEqualTo(claims);
	}

	@Test
	void officialFiguresAreNotTurnedIntoClaims() {
		assertThat(ClaimsFromFigures.convert(MedicalRecordsFixtures.stateOfficial())).isEmpty();
	}
}
