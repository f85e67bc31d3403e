package com.careerbrief.ingest.table.oews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/** Reads a file to the end with a format and keeps the items and the accounting, for tests. */
record OewsTestFiles(List<TableItem> items, FileAccounting accounting) {

	static Path input(String relative) {
		return Path.of("input/oews").resolve(relative);
	}

	static OewsTestFiles readAll(TableFormat format, Path file) {
		List<TableItem> items = new ArrayList<>();
		try (TableSource source = format.open(file)) {
			source.forEachRemaining(items::add);
			return new OewsTestFiles(items, source.accounting());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Figure> figures() {
		return items.stream().flatMap(i -> i.figures().stream()).toList();
	}

	Optional<Figure> figure(String code, String area, Metric metric, Statistic statistic, Unit unit) {
		return figures().stream()
			.filter(f -> code.equals(f.originalCode()) && area.equals(f.area()) && f.metric() == metric
					&& f.statistic() == statistic && f.unit() == unit)
			.findFirst();
	}

	BigDecimal value(String code, String area, Metric metric, Statistic statistic, Unit unit) {
		return figure(code, area, metric, statistic, unit).orElseThrow(
				() -> new AssertionError("no " + statistic + " " + unit + " for " + code + " in " + area)).value();
	}

	TableItem itemAt(long line) {
		return items.stream().filter(i -> i.line() == line).findFirst()
			.orElseThrow(() -> new AssertionError("no item for line " + line));
	}

}
