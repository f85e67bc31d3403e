package com.careerbrief.report.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MedianHistoryChartTests {

	@Test
	void mostMedianHistoriesKeepTheirFiveThousandDollarGridlines() {
		// 29-2072: $34,970 (2013) to $50,250 (2024), gridlines $30k to $55k.
		assertThat(MedianHistoryChart.step(34970, 50250)).isEqualTo(5000);
	}

	@Test
	void aWideSpanGetsWiderStepsSoItsLabelsDoNotOverlap() {
		// 53-2011 (airline pilots): medians from $115,190 to about $230,000 drew 24 labels $5k apart on top of each other.
		double step = MedianHistoryChart.step(115190, 229990);
		assertThat(step).isEqualTo(25000); // $100k to $250k
		assertThat(Math.ceil(229990 / step) - Math.floor(115190 / step) + 1)
			.isLessThanOrEqualTo(MedianHistoryChart.MAX_GRIDLINES);
	}
}
