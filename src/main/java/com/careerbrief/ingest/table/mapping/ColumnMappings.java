package com.careerbrief.ingest.table.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import com.careerbrief.ingest.table.ReferencePeriods;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Metric;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;

/**
 * Loads {@link ColumnMapping}s from properties files: the layouts shipped under
 * {@code src/main/resources/layouts/} and any an operator drops into a folder. A mistake in a mapping
 * is reported with the file and key, when the mapping is loaded, not row by row.
 */
public final class ColumnMappings {

	/** The mappings shipped with careerbrief, as classpath resources. */
	public static final List<String> BUILT_IN = List.of("layouts/nysdol-oews.properties",
			"layouts/waesd-oews.properties", "layouts/projections-central-states.properties");

	private ColumnMappings() {
	}

	/** The shipped mappings. */
	public static List<ColumnMapping> builtIn() {
		return BUILT_IN.stream().map(ColumnMappings::fromResource).toList();
	}

	/** One shipped mapping, e.g. "layouts/nysdol-oews.properties". */
	public static ColumnMapping fromResource(String resource) {
		try (InputStream in = ColumnMappings.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no layout mapping " + resource + " on the classpath");
			}
			return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every {@code *.properties} mapping in {@code folder}, by file name; none when the folder is absent. */
	public static List<ColumnMapping> fromFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<ColumnMapping> mappings = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					mappings.add(parse(file.getFileName().toString(), in));
				}
			}
		}
		return mappings;
	}

	/** Reads one mapping; {@code origin} names it in error messages. */
	public static ColumnMapping parse(String origin, Reader text) throws IOException {
		Properties p = new Properties();
		p.load(text);
		MappingKeys keys = new MappingKeys(origin, p);
		String delimiter = keys.optional("delimiter", ",").replace("\\t", "\t");
		if (delimiter.length() != 1) {
			throw keys.problem("delimiter", "must be one character");
		}
		String period = keys.optional("period", "");
		if (ReferencePeriods.parse(period) == null) {
			throw keys.problem("period", "'" + period + "' is not blank, '2024', 'May 2024' or '2024-34'");
		}
		ColumnRef periodColumn = keys.has("period.column") ? ColumnRef.parse(keys.required("period.column")) : null;
		ColumnRef areaColumn = keys.has("area.column") ? ColumnRef.parse(keys.required("area.column")) : null;
		return new ColumnMapping(keys.required("name"), delimiter.charAt(0), ColumnRef.parse(keys.required("column.code")),
				ColumnRef.parse(keys.required("column.title")), areaColumn, areas(keys), period, periodColumn,
				source(keys), figures(keys));
	}

	private static Map<String, AreaRule> areas(MappingKeys keys) {
		Map<String, AreaRule> areas = new LinkedHashMap<>();
		for (String key : keys.withPrefix("area.")) {
			if (key.equals("area.column")) {
				continue;
			}
			String[] parts = keys.required(key).split("\\s+", 2);
			AreaType type = keys.enumValue(key, AreaType.class, parts[0]);
			if (parts.length < 2) {
				throw keys.problem(key, "must be an area type then the area name, e.g. 'STATE New York'");
			}
			areas.put(key.substring("area.".length()), new AreaRule(type, parts[1].strip()));
		}
		if (areas.isEmpty()) {
			throw keys.problem("area.*", "at least one area rule is needed, e.g. area.*=STATE Ohio");
		}
		return areas;
	}

	private static ColumnMapping.SourceTemplate source(MappingKeys keys) {
		String url = keys.optional("source.url", "");
		return new ColumnMapping.SourceTemplate(keys.required("source.id"), keys.required("source.publisher"),
				keys.required("source.title"), url.isEmpty() ? null : url, keys.optional("source.published", ""),
				keys.enumValue("source.kind", SourceKind.class, keys.optional("source.kind", "AGENCY")));
	}

	private static List<FigureColumn> figures(MappingKeys keys) {
		List<FigureColumn> figures = new ArrayList<>();
		for (String key : keys.withPrefix("figure.")) {
			figures.add(figure(keys, key, keys.required(key).split("\\|")));
		}
		if (figures.isEmpty()) {
			throw keys.problem("figure.1", "at least one statistic column is needed");
		}
		return figures;
	}

	/** "column | statistic | unit", or "column | metric | statistic | unit [| period]". */
	private static FigureColumn figure(MappingKeys keys, String key, String[] parts) {
		if (parts.length < 3 || parts.length > 5) {
			throw keys.problem(key, "must be 'column | statistic | unit' (e.g. 'Mean Wage | MEAN | USD_PER_YEAR') "
					+ "or 'column | metric | statistic | unit | period'");
		}
		int at = parts.length - 3 - (parts.length == 5 ? 1 : 0);
		Statistic statistic = keys.enumValue(key, Statistic.class, upper(parts[at + 1]));
		Unit unit = keys.enumValue(key, Unit.class, upper(parts[at + 2]));
		Metric metric = parts.length == 3 ? FigureColumn.impliedMetric(unit)
				: keys.enumValue(key, Metric.class, upper(parts[1]));
		String period = parts.length == 5 ? parts[4].strip() : null;
		return new FigureColumn(ColumnRef.parse(parts[0]), metric, statistic, unit, period);
	}

	private static String upper(String text) {
		return text.strip().toUpperCase(Locale.ROOT);
	}

}
