package com.careerbrief.ingest.table.onet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.OccupationText.Kind;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;

/**
 * Turns one line of an O*NET text file into occupation texts (and, for Occupation Data, the occupation).
 *
 * <p>
 * Only O*NET-SOC codes ending in {@code .00} are reported, under their 6-digit SOC code. A sub-occupation
 * such as 11-1011.03 Chief Sustainability Officers is a different job from its SOC parent (Chief
 * Executives): filing its tasks and titles under 11-1011 would describe the parent with another job's
 * duties, so those rows are filtered with a reason. In Occupation Data and Alternate Titles every
 * sub-occupation has a .00 parent; in Task Statements and Job Zones, the parents without rows of their own
 * are all "All Other" residual codes (11-9199, 13-1199…), which then get no tasks rather than a mixture.
 */
final class OnetRowMapper {

	static final String PUBLISHER = "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)";

	/** One source for every O*NET file read (its file and line say which): the brief credits the database, as its license asks. */
	static final String TITLE = "O*NET 29.2 Database";

	private static final Pattern CODE = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");

	private final OnetFile kind;

	private final String file;

	private final Map<String, Integer> taskRanks = new HashMap<>();

	OnetRowMapper(OnetFile kind, String file) {
		this.kind = kind;
		this.file = file;
	}

	TableItem map(long line, String raw) {
		if (raw.isBlank()) {
			return setAside(line, raw, "blank line", true);
		}
		String[] f = raw.split("\t", -1);
		if (f.length != kind.columns().size()) {
			return setAside(line, raw, "expected " + kind.columns().size() + " tab-separated fields ("
					+ String.join(", ", kind.columns()) + "), found " + f.length + " (truncated row?)", false);
		}
		String code = f[0].trim();
		if (!CODE.matcher(code).matches()) {
			return setAside(line, raw, "O*NET-SOC code '" + code + "' is not a code like 29-2072.00", false);
		}
		String soc = code.substring(0, 7);
		if (!code.endsWith(".00")) {
			return setAside(line, raw, "O*NET sub-occupation " + code + " is more specific than SOC " + soc
					+ "; only " + soc + ".00 is reported under that code", true);
		}
		SourceRef source = new SourceRef("onet-29.2", PUBLISHER, TITLE,
				"https://www.onetcenter.org/database.html", "February 2025", SourceKind.OFFICIAL, file, line);
		return switch (kind) {
			case OCCUPATION_DATA -> occupation(line, raw, soc, f, source);
			case TASK_STATEMENTS -> task(line, raw, soc, f[2], source);
			case ALTERNATE_TITLES -> alternateTitles(line, raw, soc, f, source);
			case JOB_ZONES -> jobZone(line, raw, soc, f[1].trim(), source);
		};
	}

	private TableItem occupation(long line, String raw, String soc, String[] f, SourceRef source) {
		String title = value(f[1]);
		if (title == null) {
			return setAside(line, raw, "occupation title is missing", false);
		}
		String description = value(f[2]);
		List<OccupationText> texts = description == null ? List.of()
				: List.of(new OccupationText(soc, Kind.DESCRIPTION, description, 0, source));
		return new TableItem(file, line, List.of(), List.of(new Occupation(soc, title, description, 0, null)), texts,
				null);
	}

	private TableItem task(long line, String raw, String soc, String task, SourceRef source) {
		if (value(task) == null) {
			return setAside(line, raw, "task text is missing", false);
		}
		int rank = taskRanks.merge(soc, 1, Integer::sum);
		return accepted(line, new OccupationText(soc, Kind.TASK, task.trim(), rank, source));
	}

	private TableItem alternateTitles(long line, String raw, String soc, String[] f, SourceRef source) {
		String title = value(f[1]);
		if (title == null) {
			return setAside(line, raw, "alternate title is missing", false);
		}
		List<OccupationText> texts = new ArrayList<>();
		texts.add(new OccupationText(soc, Kind.ALTERNATE_TITLE, title, 0, source));
		String shortTitle = value(f[2]);
		if (shortTitle != null) {
			texts.add(new OccupationText(soc, Kind.ALTERNATE_TITLE, shortTitle, 0, source));
		}
		return new TableItem(file, line, List.of(), List.of(), texts, null);
	}

	private TableItem jobZone(long line, String raw, String soc, String zone, SourceRef source) {
		if (!zone.matches("[1-5]")) {
			return setAside(line, raw, "job zone '" + zone + "' is not a number from 1 to 5", false);
		}
		return accepted(line, new OccupationText(soc, Kind.JOB_ZONE, zone, 0, source));
	}

	private TableItem accepted(long line, OccupationText text) {
		return new TableItem(file, line, List.of(), List.of(), List.of(text), null);
	}

	private TableItem setAside(long line, String raw, String reason, boolean filtered) {
		String cut = raw.length() > 300 ? raw.substring(0, 300) + "…" : raw;
		return new TableItem(file, line, List.of(), List.of(), List.of(),
				new RejectedRow(file, line, cut, reason, filtered));
	}

	/** The field, or null when blank or O*NET's {@code n/a}. */
	private static String value(String field) {
		String trimmed = field.trim();
		return trimmed.isEmpty() || trimmed.equalsIgnoreCase("n/a") ? null : trimmed;
	}

}
