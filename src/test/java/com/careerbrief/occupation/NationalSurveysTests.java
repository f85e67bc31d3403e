package com.careerbrief.occupation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A slice of a national survey never becomes "the newest survey" nor shrinks the catalog. */
class NationalSurveysTests {

	@Test
	void aNewerFileCoveringAFewOccupationsIsPartialAndTheFullSurveyDefinesTheCatalog() {
		List<Figure> figures = new ArrayList<>(survey("national_M2024_dl.csv", 2024, 800));
		figures.addAll(survey("national_M2025_dl.csv", 2025, 71));

		NationalSurveys surveys = NationalSurveys.of(figures);

		assertThat(surveys.newestYear()).isEqualTo(2024);
		assertThat(surveys.newestTitles()).hasSize(800);
		assertThat(surveys.partial()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(
				"partial national survey: covers 71 occupations, where the 2024 survey (national_M2024_dl.csv) covers 800;"
						+ " its rows are not used, so that one slice cannot replace a whole survey"));
	}

	@Test
	void aSliceOfTheSameYearIsPartialToo() {
		List<Figure> figures = new ArrayList<>(survey("b-slice.csv", 2024, 60));
		figures.addAll(survey("a-full.csv", 2024, 800));

		NationalSurveys surveys = NationalSurveys.of(figures);

		assertThat(surveys.partial()).extracting(p -> p.file().file()).containsExactly("b-slice.csv");
		assertThat(surveys.newestFiles()).containsExactly("a-full.csv");
	}

	@Test
	void aNewerSurveyThatCoversAboutAsManyOccupationsIsTheNewest() {
		List<Figure> figures = new ArrayList<>(survey("national_M2023_dl.csv", 2023, 800));
		figures.addAll(survey("national_M2024_dl.csv", 2024, 780));

		NationalSurveys surveys = NationalSurveys.of(figures);

		assertThat(surveys.partial()).isEmpty();
		assertThat(surveys.newestYear()).isEqualTo(2024);
		assertThat(surveys.newestTitles()).hasSize(780);
	}

	@Test
	void aLoneFileIsTheSurveyWhateverItsSize() {
		NationalSurveys surveys = NationalSurveys.of(survey("national_M2024_dl.csv", 2024, 2));

		assertThat(surveys.partial()).isEmpty();
		assertThat(surveys.newestTitles()).hasSize(2);
	}

	private static List<Figure> survey(String file, int year, int occupations) {
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < occupations; i++) {
			String code = String.format("%02d-%04d", 11 + i / 1000, 1000 + i % 1000);
			figures.add(new Figure(code, code, null, "Occupation " + i, Figure.UNITED_STATES, AreaType.NATIONAL,
					Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR, BigDecimal.valueOf(50_000), Bound.EXACT,
					Period.survey(year),
					new SourceRef("bls-oews-" + year, "BLS", "OEWS", null, "May " + year, SourceKind.OFFICIAL, file, i + 2)));
		}
		return figures;
	}

}
