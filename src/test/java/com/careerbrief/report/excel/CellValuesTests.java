package com.careerbrief.report.excel;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellValuesTests {

	@Test
	void theWidthOfACountIsTheLengthOfItsGroupedDigits() {
		LongStream edges = LongStream.of(0, 1, -1, 9, 99, 999, 1000, -1000, 999_999, 1_000_000, -123_456_789,
				Long.MAX_VALUE, Long.MIN_VALUE);
		LongStream random = new Random(5).longs(2_000).map(v -> v >> new Random(v).nextInt(63));
		LongStream.concat(edges, random)
			.forEach(v -> assertThat(CellValues.groupedLength(v)).as("%d", v).isEqualTo(String.format("%,d", v).length()));
	}

}
