package com.careerbrief.staging;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Finding;
import com.careerbrief.model.Note;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Period;
import com.careerbrief.model.PeriodKind;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.model.SourceDependence;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.SourceWeight;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Why;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The staging tables through which the job's steps hand data to each other, every row keyed by run
 * id. Model records are stored as JSON next to the columns the steps select on.
 */
@Repository
public class StagingRepository {

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	public StagingRepository(JdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		// Staged JSON leaves out nulls and the values records derive (isRange(), isProjection()): a full run stages
		// some hundred thousand verdicts, each writing its claim's footing and the figures it was compared with.
		this.json = json.copy()
			.setSerializationInclusion(JsonInclude.Include.NON_NULL)
			.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
			.addMixIn(Figure.class, Shared.class)
			.addMixIn(OfficialFigure.class, Shared.class);
		for (Class<?> sealed : List.of(Finding.class, Note.class, Why.class)) {
			this.json.addMixIn(sealed, Kinded.class);
			for (Class<?> kind : sealed.getPermittedSubclasses()) {
				this.json.registerSubtypes(new NamedType(kind, kind.getSimpleName()));
			}
		}
	}

	// The staged JSON's shape is one of the run's settings (RunLauncher.STAGED_SHAPE): raise it when a staged record changes.

	/**
	 * A figure that several verdicts of one occupation point at (today's median, say) is written
	 * in full once, then by its number within the document.
	 */
	@JsonIdentityInfo(generator = ObjectIdGenerators.IntSequenceGenerator.class, property = "@id")
	abstract static class Shared {
	}

	/** Findings, notes and reasons for a choice are staged with the name of their kind ("Matched", "Inflation"). */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
	abstract static class Kinded {
	}

	private static final String SOURCE_COLUMNS = "source_id, publisher, source_title, source_url, published, source_kind";

	private static final String FIGURE_COLUMNS = "file_name, line_no, seq, soc_code, original_code, code_note,"
			+ " occupation_title, area, area_type, metric, statistic, unit, value_text, bound, period_label, period_start,"
			+ " period_end, period_kind, " + SOURCE_COLUMNS;

	private static final String TEXT_COLUMNS = "file_name, line_no, seq, soc_code, kind, text, text_rank, source_file,"
			+ " source_line, " + SOURCE_COLUMNS;

	/**
	 * Stages the figures and texts of accepted table rows in typed columns, each keyed by the file and line
	 * of its row (the file named by its path under the input folder) and its place within the row.
	 */
	public void addTableRows(long runId, List<? extends TableItem> items) {
		List<StagedRow<Figure>> figures = new ArrayList<>();
		List<StagedRow<OccupationText>> texts = new ArrayList<>();
		for (TableItem item : items) {
			for (int i = 0; i < item.figures().size(); i++) {
				figures.add(new StagedRow<>(item.file(), item.line(), i, item.figures().get(i)));
			}
			for (int i = 0; i < item.texts().size(); i++) {
				texts.add(new StagedRow<>(item.file(), item.line(), i, item.texts().get(i)));
			}
		}
		jdbc.batchUpdate("INSERT INTO cb_staged_figure (run_id, " + FIGURE_COLUMNS + ") VALUES (?" + ", ?".repeat(24) + ")",
				figures, 1000, (ps, k) -> {
					Figure f = k.value();
					ps.setLong(1, runId);
					ps.setString(2, k.file());
					ps.setLong(3, k.line());
					ps.setInt(4, k.seq());
					ps.setString(5, f.socCode());
					ps.setString(6, f.originalCode());
					ps.setString(7, f.codeNote());
					ps.setString(8, f.occupationTitle());
					ps.setString(9, f.area());
					ps.setString(10, name(f.areaType()));
					ps.setString(11, name(f.metric()));
					ps.setString(12, name(f.statistic()));
					ps.setString(13, name(f.unit()));
					ps.setString(14, f.value().toString());
					ps.setString(15, name(f.bound()));
					setPeriod(ps, 16, f.period());
					setSource(ps, 20, f.source());
				});
		jdbc.batchUpdate("INSERT INTO cb_staged_text (run_id, " + TEXT_COLUMNS + ") VALUES (?" + ", ?".repeat(15) + ")",
				texts, 1000, (ps, k) -> {
					OccupationText t = k.value();
					ps.setLong(1, runId);
					ps.setString(2, k.file());
					ps.setLong(3, k.line());
					ps.setInt(4, k.seq());
					ps.setString(5, t.socCode());
					ps.setString(6, t.kind().name());
					ps.setString(7, t.text());
					ps.setInt(8, t.rank());
					ps.setString(9, t.source().file());
					ps.setLong(10, t.source().line());
					setSource(ps, 11, t.source());
				});
	}


	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static void setPeriod(PreparedStatement ps, int first, Period period) throws SQLException {
		ps.setString(first, period == null ? null : period.label());
		ps.setInt(first + 1, period == null ? 0 : period.startYear());
		ps.setInt(first + 2, period == null ? 0 : period.endYear());
		ps.setString(first + 3, period == null ? null : name(period.kind()));
	}

	private static void setSource(PreparedStatement ps, int first, SourceRef source) throws SQLException {
		ps.setString(first, source.sourceId());
		ps.setString(first + 1, source.publisher());
		ps.setString(first + 2, source.title());
		ps.setString(first + 3, source.url());
		ps.setString(first + 4, source.published());
		ps.setString(first + 5, name(source.kind()));
	}

	/**
	 * Maps one query's staged rows back to model values, sharing repeated texts, sources and periods (a
	 * run's 131,662 figures hold a few thousand distinct strings). One per query, or per collection of
	 * the rows this JVM staged ({@link StagedTables.Ingested}), which it gives the same values.
	 */
	static final class StagedRows {

		private final Map<String, String> strings = new HashMap<>();

		private final Map<SourceRef, SourceRef> sources = new HashMap<>();

		private final Map<Period, Period> periods = new HashMap<>();

		/** A figure, its source pointing at the file and line it was staged from. */
		Figure figure(ResultSet rs) throws SQLException {
			String kind = rs.getString("period_kind");
			Period period = period(rs.getString("period_label"), rs.getInt("period_start"), rs.getInt("period_end"),
					kind == null ? null : PeriodKind.valueOf(kind));
			return new Figure(shared(rs.getString("soc_code")), shared(rs.getString("original_code")),
					shared(rs.getString("code_note")), shared(rs.getString("occupation_title")),
					shared(rs.getString("area")), AreaType.valueOf(rs.getString("area_type")),
					value(Metric.class, rs.getString("metric")), value(Statistic.class, rs.getString("statistic")),
					value(Unit.class, rs.getString("unit")), new BigDecimal(rs.getString("value_text")),
					value(Bound.class, rs.getString("bound")), period,
					source(rs, rs.getString("file_name"), rs.getLong("line_no")));
		}

		/**
		 * A table row's figure as {@link #figure(ResultSet)} reads it back: its source pointing at the row's file
		 * and line, no period stored as the empty period, texts, sources and periods shared.
		 */
		Figure figure(String file, long line, Figure f) {
			Period p = f.period();
			Period period = p == null ? period(null, 0, 0, null) : period(p.label(), p.startYear(), p.endYear(), p.kind());
			SourceRef s = f.source();
			return new Figure(shared(f.socCode()), shared(f.originalCode()), shared(f.codeNote()),
					shared(f.occupationTitle()), shared(f.area()), f.areaType(), f.metric(), f.statistic(), f.unit(),
					f.value(), f.bound(), period,
					source(s.sourceId(), s.publisher(), s.title(), s.url(), s.published(), s.kind(), file, line));
		}

		/** An occupation text as {@link #text(ResultSet)} reads it back, its code and source shared. */
		OccupationText text(OccupationText t) {
			SourceRef s = t.source();
			return new OccupationText(shared(t.socCode()), t.kind(), t.text(), t.rank(),
					source(s.sourceId(), s.publisher(), s.title(), s.url(), s.published(), s.kind(), s.file(), s.line()));
		}

		/** An occupation text, its source as the table format named it. */
		OccupationText text(ResultSet rs) throws SQLException {
			return new OccupationText(shared(rs.getString("soc_code")), OccupationText.Kind.valueOf(rs.getString("kind")),
					rs.getString("text"), rs.getInt("text_rank"),
					source(rs, rs.getString("source_file"), rs.getLong("source_line")));
		}

		private SourceRef source(ResultSet rs, String file, long line) throws SQLException {
			return source(rs.getString("source_id"), rs.getString("publisher"), rs.getString("source_title"),
					rs.getString("source_url"), rs.getString("published"), SourceKind.valueOf(rs.getString("source_kind")),
					file, line);
		}

		private SourceRef source(String id, String publisher, String title, String url, String published, SourceKind kind,
				String file, long line) {
			return sources.computeIfAbsent(new SourceRef(shared(id), shared(publisher), shared(title), shared(url),
					shared(published), kind, shared(file), line), s -> s);
		}

		private Period period(String label, int start, int end, PeriodKind kind) {
			return periods.computeIfAbsent(new Period(shared(label), start, end, kind), p -> p);
		}

		private String shared(String text) {
			return text == null ? null : strings.computeIfAbsent(text, t -> t);
		}

		private static <E extends Enum<E>> E value(Class<E> type, String name) {
			return name == null ? null : Enum.valueOf(type, name);
		}

	}

	/** Every figure of the run in file and line order, read in one scan. */
	public List<Figure> allFigures(long runId) {
		return figures("", runId);
	}

	private List<Figure> figures(String condition, Object... args) {
		StagedRows rows = new StagedRows();
		return inRowOrder(jdbc.query("SELECT " + FIGURE_COLUMNS + " FROM cb_staged_figure WHERE run_id = ?" + condition
				+ " ORDER BY run_id, file_name, line_no, seq", (rs, n) -> StagedRow.of(rs, rows.figure(rs)), args));
	}

	/** A staged value and the key of its row: the file, the line and its place in the line. */
	record StagedRow<T>(String file, long line, int seq, T value) {

		/**
		 * The order of staged rows, the same whatever database holds them (H2 orders text as this does,
		 * PostgreSQL by its collation): file name as Java compares it, line, place.
		 */
		static final Comparator<StagedRow<?>> ORDER = Comparator.<StagedRow<?>, String>comparing(StagedRow::file)
			.thenComparingLong(StagedRow::line)
			.thenComparingInt(StagedRow::seq);

		static <T> StagedRow<T> of(ResultSet rs, T value) throws SQLException {
			return new StagedRow<>(rs.getString("file_name"), rs.getLong("line_no"), rs.getInt("seq"), value);
		}
	}

	/** The values of the rows in {@link StagedRow#ORDER}. */
	static <T> List<T> inRowOrder(List<StagedRow<T>> rows) {
		return rows.stream().sorted(StagedRow.ORDER).map(StagedRow::value).toList();
	}

	/** Every occupation text of the run in file and line order, read in one scan. */
	public List<OccupationText> allTexts(long runId) {
		StagedRows rows = new StagedRows();
		return inRowOrder(jdbc.query("SELECT " + TEXT_COLUMNS + " FROM cb_staged_text WHERE run_id = ?"
				+ " ORDER BY run_id, file_name, line_no, seq", (rs, n) -> StagedRow.of(rs, rows.text(rs)), runId));
	}

	public void addRejects(long runId, List<RejectedRow> rows) {
		jdbc.batchUpdate("INSERT INTO cb_reject (run_id, file_name, line_no, filtered, payload) VALUES (?, ?, ?, ?, ?)",
				rows, 500, (ps, r) -> {
					ps.setLong(1, runId);
					ps.setString(2, r.file());
					ps.setLong(3, r.line());
					ps.setBoolean(4, r.filtered());
					ps.setString(5, write(r));
				});
	}

	public void saveAccounting(long runId, FileAccounting accounting) {
		jdbc.update("DELETE FROM cb_file_accounting WHERE run_id = ? AND file_name = ?", runId, accounting.file());
		jdbc.update("INSERT INTO cb_file_accounting (run_id, file_name, payload) VALUES (?, ?, ?)", runId,
				accounting.file(), write(accounting));
	}

	public void saveDocument(long runId, DocumentInfo info, List<Claim> claims) {
		jdbc.update("DELETE FROM cb_document WHERE run_id = ? AND document_id = ?", runId, info.documentId());
		jdbc.update("INSERT INTO cb_document (run_id, document_id, soc_code, payload) VALUES (?, ?, ?, ?)", runId,
				info.documentId(), info.socCode(), write(info));
		// Escaped: a document id is a file path, and '_' or '%' in it must not match other documents' claims.
		String prefix = info.documentId().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		jdbc.update("DELETE FROM cb_claim WHERE run_id = ? AND claim_id LIKE ? ESCAPE '\\'", runId, prefix + "#%");
		jdbc.batchUpdate("INSERT INTO cb_claim (run_id, claim_id, soc_code, payload) VALUES (?, ?, ?, ?)", claims, 500,
				(ps, c) -> {
					ps.setLong(1, runId);
					ps.setString(2, c.claimId());
					ps.setString(3, c.socCode());
					ps.setString(4, write(c));
				});
	}

	public void saveOccupation(long runId, Occupation occupation) {
		jdbc.update("DELETE FROM cb_occupation WHERE run_id = ? AND soc_code = ?", runId, occupation.socCode());
		jdbc.update("INSERT INTO cb_occupation (run_id, soc_code, payload) VALUES (?, ?, ?)", runId,
				occupation.socCode(), write(occupation));
	}

	public void saveReconciled(long runId, String socCode, ReconciledOccupation reconciled) {
		jdbc.update("DELETE FROM cb_reconciled WHERE run_id = ? AND soc_code = ?", runId, socCode);
		jdbc.update("INSERT INTO cb_reconciled (run_id, soc_code, payload) VALUES (?, ?, ?)", runId, socCode,
				write(reconciled));
	}

	public void saveSourceWeights(long runId, List<SourceWeight> weights) {
		jdbc.update("DELETE FROM cb_source_weight WHERE run_id = ?", runId);
		for (SourceWeight w : weights) {
			jdbc.update("INSERT INTO cb_source_weight (run_id, source_id, payload) VALUES (?, ?, ?)", runId,
					w.sourceId(), write(w));
		}
	}

	/**
	 * Takes back every figure a table file gave, listing each of its rows as filtered with the reason
	 * and moving the file's accepted rows to filtered in its accounting: for a file found unusable only
	 * once all files were read (a partial national survey).
	 */
	public void setAsideFigures(long runId, String file, String reason) {
		List<Figure> figures = figures(" AND file_name = ?", runId, file);
		Map<Long, Figure> rows = new TreeMap<>();
		figures.forEach(f -> rows.putIfAbsent(f.source().line(), f));
		jdbc.update("DELETE FROM cb_staged_figure WHERE run_id = ? AND file_name = ?", runId, file);
		addRejects(runId, rows.values().stream()
			.map(f -> new RejectedRow(file, f.source().line(), f.originalCode() + " " + f.occupationTitle(), reason, true))
			.toList());
		accounting(runId).stream().filter(a -> a.file().equals(file)).findFirst().ifPresent(a -> saveAccounting(runId,
				new FileAccounting(a.file(), a.layout(), a.read(), 0, a.filtered() + a.accepted(), a.rejected(), reason)));
	}

	/** Every staging table, each holding the rows of any number of runs by run_id. */
	static final List<String> TABLES = List.of("cb_staged_figure", "cb_staged_text", "cb_occupation", "cb_reject",
			"cb_file_accounting", "cb_document", "cb_claim", "cb_reconciled", "cb_source_weight", "cb_source_dependence");

	/** The lowest run id any staging table holds rows of, if any (each table's key starts with the run id). */
	public OptionalLong oldestStagedRun() {
		OptionalLong oldest = OptionalLong.empty();
		for (String table : TABLES) {
			Long min = jdbc.queryForObject("SELECT MIN(run_id) FROM " + table, Long.class);
			if (min != null && (oldest.isEmpty() || min < oldest.getAsLong())) {
				oldest = OptionalLong.of(min);
			}
		}
		return oldest;
	}

	/**
	 * What {@link #removeRunsOtherThan} did: how many tables it emptied at once, and how many rows it deleted
	 * one by one from tables that also hold rows of a kept run.
	 */
	public record Removed(int tablesTruncated, long rowsDeleted) {
	}

	/**
	 * Removes the rows of every run but {@code kept} from the staging tables. A table holding no row of a kept
	 * run is truncated: on the embedded H2 that takes well under a second where deleting one default run's
	 * 250,000 figures row by row takes about 20 s and grows the file. Truncating commits in H2, so call this
	 * outside a transaction.
	 */
	public Removed removeRunsOtherThan(Set<Long> kept) {
		int truncated = 0;
		long deleted = 0;
		String others = kept.isEmpty() ? ""
				: " WHERE run_id NOT IN (" + String.join(", ", Collections.nCopies(kept.size(), "?")) + ")";
		for (String table : TABLES) {
			boolean holdsKept = kept.stream().anyMatch(run -> !jdbc
				.queryForList("SELECT run_id FROM " + table + " WHERE run_id = ? FETCH FIRST 1 ROWS ONLY", Long.class, run)
				.isEmpty());
			if (holdsKept) {
				deleted += jdbc.update("DELETE FROM " + table + others, kept.toArray());
			}
			else {
				jdbc.execute("TRUNCATE TABLE " + table);
				truncated++;
			}
		}
		return new Removed(truncated, deleted);
	}

	public long figureCount(long runId) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_staged_figure WHERE run_id = ?", Long.class, runId);
		return n == null ? 0 : n;
	}

	/** How many figures and texts staging holds from one file. */
	public record FileRows(long figures, long texts) {

		FileRows plus(FileRows other) {
			return new FileRows(figures + other.figures, texts + other.texts);
		}
	}

	/** How many figures and texts each file has in staging, by file name. */
	public Map<String, FileRows> stagedPerFile(long runId) {
		Map<String, FileRows> counts = new TreeMap<>();
		jdbc.query("SELECT file_name, COUNT(*) FROM cb_staged_figure WHERE run_id = ? GROUP BY file_name",
				rs -> { counts.merge(rs.getString(1), new FileRows(rs.getLong(2), 0), FileRows::plus); }, runId);
		jdbc.query("SELECT file_name, COUNT(*) FROM cb_staged_text WHERE run_id = ? GROUP BY file_name",
				rs -> { counts.merge(rs.getString(1), new FileRows(0, rs.getLong(2)), FileRows::plus); }, runId);
		return counts;
	}

	public void saveSourceDependences(long runId, List<SourceDependence> dependences) {
		jdbc.update("DELETE FROM cb_source_dependence WHERE run_id = ?", runId);
		jdbc.batchUpdate("INSERT INTO cb_source_dependence (run_id, source_id, copies_from, payload) VALUES (?, ?, ?, ?)",
				dependences, 500, (ps, d) -> {
					ps.setLong(1, runId);
					ps.setString(2, d.sourceId());
					ps.setString(3, d.copiesFrom());
					ps.setString(4, write(d));
				});
	}

	public List<SourceDependence> sourceDependences(long runId) {
		return list("SELECT payload FROM cb_source_dependence WHERE run_id = ? ORDER BY run_id, source_id, copies_from",
				SourceDependence.class, runId);
	}

	public List<String> occupationCodes(long runId) {
		return jdbc.queryForList("SELECT soc_code FROM cb_occupation WHERE run_id = ? ORDER BY run_id, soc_code",
				String.class, runId);
	}

	public List<Occupation> occupations(long runId) {
		return list("SELECT payload FROM cb_occupation WHERE run_id = ? ORDER BY run_id, soc_code", Occupation.class, runId);
	}

	public List<Claim> allClaims(long runId) {
		return list("SELECT payload FROM cb_claim WHERE run_id = ? ORDER BY run_id, claim_id", Claim.class, runId);
	}

	public List<DocumentInfo> documents(long runId) {
		return list("SELECT payload FROM cb_document WHERE run_id = ? ORDER BY run_id, document_id", DocumentInfo.class,
				runId);
	}

	public ReconciledOccupation reconciled(long runId, String soc) {
		List<ReconciledOccupation> found = list("SELECT payload FROM cb_reconciled WHERE run_id = ? AND soc_code = ?",
				ReconciledOccupation.class, runId, soc);
		return found.isEmpty() ? new ReconciledOccupation(List.of(), List.of(), List.of()) : found.get(0);
	}

	public List<SourceWeight> sourceWeights(long runId) {
		return list("SELECT payload FROM cb_source_weight WHERE run_id = ? ORDER BY run_id, source_id", SourceWeight.class,
				runId);
	}

	public List<FileAccounting> accounting(long runId) {
		return list("SELECT payload FROM cb_file_accounting WHERE run_id = ? ORDER BY run_id, file_name",
				FileAccounting.class, runId);
	}

	public long rejectCount(long runId, boolean filtered) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_reject WHERE run_id = ? AND filtered = ?", Long.class,
				runId, filtered);
		return n == null ? 0 : n;
	}

	/** The rejected (not filtered) row last in file and line order, if any. */
	public Optional<RejectedRow> lastReject(long runId) {
		List<RejectedRow> last = list("SELECT payload FROM cb_reject WHERE run_id = ? AND filtered = ?"
				+ " ORDER BY run_id DESC, file_name DESC, line_no DESC FETCH FIRST 1 ROWS ONLY", RejectedRow.class, runId, false);
		return last.stream().findFirst();
	}

	/** Streams rejected and filtered rows in file and line order, without holding them all in memory. */
	public void forEachReject(long runId, Consumer<RejectedRow> action) {
		jdbc.query("SELECT payload FROM cb_reject WHERE run_id = ? ORDER BY run_id, file_name, line_no",
				rs -> {
					action.accept(read(rs.getString(1), RejectedRow.class));
				}, runId);
	}

	private <T> List<T> list(String sql, Class<T> type, Object... args) {
		List<T> out = new ArrayList<>();
		jdbc.query(sql, rs -> {
			out.add(read(rs.getString(1), type));
		}, args);
		return out;
	}

	public String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot stage " + value.getClass().getSimpleName(), ex);
		}
	}

	public <T> T read(String payload, Class<T> type) {
		try {
			return json.readValue(payload, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read staged " + type.getSimpleName(), ex);
		}
	}

}
