package com.careerbrief.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.Claim;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

class ArticleSaysSentenceTests {

	@Test
	void ambiguousAverageStaysAnAverage() {
		assertThat(ArticleSaysSentence.sentence(wage(Statistic.AVERAGE_AS_WORDED, 0, "37110", null)))
				.isEqualTo("An article says the average is $37,110.");
	}

	@Test
	void topAndBottomPercentAndRanges() {
		// Article 001: "The top 10% earn 61,400 dollars while the bottom 10% earns 24,190 dollars every year."
		assertThat(ArticleSaysSentence.sentence(wage(Statistic.TOP_PERCENT, 10, "61400", null)))
				.isEqualTo("An article says the top 10% earn $61,400 or more.");
		assertThat(ArticleSaysSentence.sentence(wage(Statistic.BOTTOM_PERCENT, 10, "24190", null)))
				.isEqualTo("An article says the bottom 10% earn $24,190 or less.");
		// Article 000: "national range" 37,000 – 50,500.
		assertThat(ArticleSaysSentence.sentence(wage(Statistic.RANGE, 0, "37000", "50500")))
				.isEqualTo("An article says pay ranges from $37,000 to $50,500.");
	}

	@Test
	void growthKeepsItsProjectionPeriod() {
		Claim growth = new Claim("d#F1", "d", "29-2072", null, true, Metric.EMPLOYMENT_CHANGE_PERCENT, "faster than average",
				Statistic.VALUE, 0, new BigDecimal("9"), null, Unit.PERCENT, Period.projection(2023, 2033),
				"United States", "faster than average", null, null, "growth 9%", null, null, List.of());
		assertThat(ArticleSaysSentence.sentence(growth)).isEqualTo("An article says employment will grow 9% over 2023–33.");
	}

	private static Claim wage(Statistic statistic, int percentile, String low, String high) {
		return new Claim("d#F2", "d", "29-2072", null, true, Metric.WAGE, "as worded", statistic, percentile,
				new BigDecimal(low), high == null ? null : new BigDecimal(high), Unit.USD_PER_YEAR, Period.none(),
				"United States", null, null, null, "wage", null, null, List.of());
	}
}
