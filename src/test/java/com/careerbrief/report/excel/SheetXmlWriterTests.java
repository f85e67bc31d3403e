package com.careerbrief.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class SheetXmlWriterTests {

	@Test
	void everythingWrittenArrivesInOrderAcrossBufferBoundsAndOnClose() throws IOException {
		StringWriter target = new StringWriter();
		StringBuilder expected = new StringBuilder();
		SheetXmlWriter writer = new SheetXmlWriter(target);
		for (int i = 0; i < 20_000; i++) {
			String cell = "<c r=\"A" + i + "\"><v>" + i + "</v></c>"; // 64 K chars fall inside one of these
			writer.write(cell);
			writer.write('\n');
			writer.write("xx" + i + "yy", 2, Integer.toString(i).length());
			expected.append(cell).append('\n').append(i);
		}
		char[] large = "€ 100 000 ".repeat(10_000).toCharArray(); // larger than the buffer
		writer.write(large, 3, large.length - 3);
		expected.append(large, 3, large.length - 3);
		assertThat(target.toString()).hasSizeLessThan(expected.length()); // still buffered in part
		writer.close();
		writer.close(); // SXSSF closes a sheet's writer twice

		assertThat(target.toString()).isEqualTo(expected.toString());
		assertThatThrownBy(() -> writer.write("late")).isInstanceOf(IOException.class).hasMessage("Stream closed");
	}
}
