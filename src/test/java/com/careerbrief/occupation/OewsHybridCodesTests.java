package com.careerbrief.occupation;

import java.math.BigDecimal;
import java.util.List;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2019–2020 hybrid OEWS codes lend their figures to the occupations their titles name. */
class OewsHybridCodesTests {

	private static final String HYBRID_TITLE = "Medical Dosimetrists, Medical Records Specialists, and Health Technologists"
			+ " and Technicians, All Other";

	private final OewsHybridCodes codes = OewsHybridCodes.of(List.of(
			figure("29-2072", "Medical Records Specialists", 2024),
			figure("29-2055", "Surgical Technologists", 2024),
			figure("29-2098", HYBRID_TITLE, 2019),
			// gone from the newest survey but naming one occupation only: a renamed code, not a hybrid
			figure("29-2071", "Medical Records and Health Information Technicians", 2019)));

	@Test
	void aCodeGoneFromTheNewestSurveyWhoseTitleListsTheOccupationIsItsHybrid() {
		assertThat(codes.naming(new Occupation("29-2072", "Medical Records Specialists", null, 3, null)))
			.containsExactly("29-2098");
	}

	@Test
	void anOccupationTheTitleDoesNotNameHasNone() {
		assertThat(codes.naming(new Occupation("29-2055", "Surgical Technologists", null, 3, null))).isEmpty();
	}

	@Test
	void aCodeInTheNewestSurveyIsNeverAHybridEvenWithACommaInItsTitle() {
		OewsHybridCodes current = OewsHybridCodes.of(List.of(figure("29-2098", HYBRID_TITLE, 2024),
				figure("29-2072", "Medical Records Specialists", 2024)));

		assertThat(current.naming(new Occupation("29-2072", "Medical Records Specialists", null, 3, null))).isEmpty();
	}

	private static Figure figure(String code, String title, int year) {
		return new Figure(code, code, null, title, Figure.UNITED_STATES, AreaType.NATIONAL, Metric.WAGE, Statistic.MEDIAN,
				Unit.USD_PER_YEAR, BigDecimal.valueOf(50_000), Bound.EXACT, Period.survey(year), new SourceRef("bls-oews-" + year,
						"BLS", "OEWS", null, "May " + year, SourceKind.OFFICIAL, "national_M" + year + "_dl.csv", 2));
	}

}
