package com.careerbrief.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlsValueParserTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "132,588,810|132588810", "$102,970|102970", "58.40|58.40", "$49.51|49.51",
			"' 42630 '|42630", "-5|-5" })
	void readsNumbersAsPublished(String cell, String expected) {
		BlsValue value = BlsValueParser.parse(cell);

		assertThat(value.kind()).isEqualTo(BlsValue.Kind.NUMBER);
		assertThat(value.number()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "*|NOT_AVAILABLE", "**|NOT_AVAILABLE", "~|NOT_AVAILABLE",
			"#|TOP_CODED", "''|BLANK", "abc|INVALID", "12,34|INVALID",
			"1.2.3|INVALID", "$|INVALID",
			// Not BLS markers: the query tool's "(8) -" is read only in its exports (CellReader).
			"(8) -|INVALID", "—|INVALID", "-|INVALID", "N/A|INVALID", "n/a|INVALID" })
	void readsMarkersAndRejectsTheRest(String cell, BlsValue.Kind kind) {
		assertThat(BlsValueParser.parse(cell).kind()).isEqualTo(kind);
	}

}
