package com.careerbrief.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Figure;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.RejectedRow;
import com.careerbrief.model.SourceDependence;
import com.careerbrief.model.SourceWeight;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

	StagingRepository(JdbcTemplate jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void addFigures(long runId, List<Figure> figures) {
		jdbc.batchUpdate("INSERT INTO cb_figure (run_id, soc_code, area_type, source_kind, file_name, line_no, payload)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)", figures, 500, (ps, f) -> {
					ps.setLong(1, runId);
					ps.setString(2, f.socCode());
					ps.setString(3, f.areaType().name());
					ps.setString(4, f.source().kind().name());
					ps.setString(5, f.source().file());
					ps.setLong(6, f.source().line());
					ps.setString(7, write(f));
				});
	}

	void addTexts(long runId, List<OccupationText> texts) {
		jdbc.batchUpdate("INSERT INTO cb_occupation_text (run_id, soc_code, kind, payload) VALUES (?, ?, ?, ?)", texts,
				500, (ps, t) -> {
					ps.setLong(1, runId);
					ps.setString(2, t.socCode());
					ps.setString(3, t.kind().name());
					ps.setString(4, write(t));
				});
	}

	void addRejects(long runId, List<RejectedRow> rows) {
		jdbc.batchUpdate("INSERT INTO cb_reject (run_id, file_name, line_no, filtered, payload) VALUES (?, ?, ?, ?, ?)",
				rows, 500, (ps, r) -> {
					ps.setLong(1, runId);
					ps.setString(2, r.file());
					ps.setLong(3, r.line());
					ps.setBoolean(4, r.filtered());
					ps.setString(5, write(r));
				});
	}

	void saveAccounting(long runId, FileAccounting accounting) {
		jdbc.update("DELETE FROM cb_file_accounting WHERE run_id = ? AND file_name = ?", runId, accounting.file());
		jdbc.update("INSERT INTO cb_file_accounting (run_id, file_name, payload) VALUES (?, ?, ?)", runId,
				accounting.file(), write(accounting));
	}

	void saveDocument(long runId, DocumentInfo info, List<Claim> claims) {
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

	void saveOccupation(long runId, Occupation occupation) {
		jdbc.update("DELETE FROM cb_occupation WHERE run_id = ? AND soc_code = ?", runId, occupation.socCode());
		jdbc.update("INSERT INTO cb_occupation (run_id, soc_code, payload) VALUES (?, ?, ?)", runId,
				occupation.socCode(), write(occupation));
	}

	void saveReconciled(long runId, String socCode, ReconciledOccupation reconciled) {
		jdbc.update("DELETE FROM cb_reconciled WHERE run_id = ? AND soc_code = ?", runId, socCode);
		jdbc.update("INSERT INTO cb_reconciled (run_id, soc_code, payload) VALUES (?, ?, ?)", runId, socCode,
				write(reconciled));
	}

	void saveSourceWeights(long runId, List<SourceWeight> weights) {
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
	void setAsideFigures(long runId, String file, String reason) {
		List<Figure> figures = list("SELECT payload FROM cb_figure WHERE run_id = ? AND file_name = ? ORDER BY line_no",
				Figure.class, runId, file);
		java.util.Map<Long, Figure> rows = new java.util.TreeMap<>();
		figures.forEach(f -> rows.putIfAbsent(f.source().line(), f));
		jdbc.update("DELETE FROM cb_figure WHERE run_id = ? AND file_name = ?", runId, file);
		addRejects(runId, rows.values().stream()
			.map(f -> new RejectedRow(file, f.source().line(), f.originalCode() + " " + f.occupationTitle(), reason, true))
			.toList());
		accounting(runId).stream().filter(a -> a.file().equals(file)).findFirst().ifPresent(a -> saveAccounting(runId,
				new FileAccounting(a.file(), a.layout(), a.read(), 0, a.filtered() + a.accepted(), a.rejected(), reason)));
	}

	long figureCount(long runId) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_figure WHERE run_id = ?", Long.class, runId);
		return n == null ? 0 : n;
	}

	void saveSourceDependences(long runId, List<SourceDependence> dependences) {
		jdbc.update("DELETE FROM cb_source_dependence WHERE run_id = ?", runId);
		jdbc.batchUpdate("INSERT INTO cb_source_dependence (run_id, source_id, copies_from, payload) VALUES (?, ?, ?, ?)",
				dependences, 500, (ps, d) -> {
					ps.setLong(1, runId);
					ps.setString(2, d.sourceId());
					ps.setString(3, d.copiesFrom());
					ps.setString(4, write(d));
				});
	}

	List<SourceDependence> sourceDependences(long runId) {
		return list("SELECT payload FROM cb_source_dependence WHERE run_id = ? ORDER BY source_id, copies_from",
				SourceDependence.class, runId);
	}

	List<String> occupationCodes(long runId) {
		return jdbc.queryForList("SELECT soc_code FROM cb_occupation WHERE run_id = ? ORDER BY soc_code",
				String.class, runId);
	}

	Occupation occupation(long runId, String soc) {
		return read(jdbc.queryForObject("SELECT payload FROM cb_occupation WHERE run_id = ? AND soc_code = ?",
				String.class, runId, soc), Occupation.class);
	}

	List<Figure> figures(long runId, String soc) {
		return list("SELECT payload FROM cb_figure WHERE run_id = ? AND soc_code = ? ORDER BY file_name, line_no",
				Figure.class, runId, soc);
	}

	List<Figure> nationalFigures(long runId) {
		return list("SELECT payload FROM cb_figure WHERE run_id = ? AND area_type = 'NATIONAL' AND source_kind = 'OFFICIAL'"
				+ " ORDER BY file_name, line_no", Figure.class, runId);
	}

	List<OccupationText> texts(long runId, String soc) {
		return list("SELECT payload FROM cb_occupation_text WHERE run_id = ? AND soc_code = ?", OccupationText.class,
				runId, soc);
	}

	List<OccupationText> textsOfKind(long runId, OccupationText.Kind kind) {
		return list("SELECT payload FROM cb_occupation_text WHERE run_id = ? AND kind = ?", OccupationText.class,
				runId, kind.name());
	}

	List<Claim> claims(long runId, String soc) {
		return list("SELECT payload FROM cb_claim WHERE run_id = ? AND soc_code = ? ORDER BY claim_id", Claim.class,
				runId, soc);
	}

	List<Claim> allClaims(long runId) {
		return list("SELECT payload FROM cb_claim WHERE run_id = ? ORDER BY claim_id", Claim.class, runId);
	}

	List<DocumentInfo> documents(long runId) {
		return list("SELECT payload FROM cb_document WHERE run_id = ? ORDER BY document_id", DocumentInfo.class,
				runId);
	}

	ReconciledOccupation reconciled(long runId, String soc) {
		List<ReconciledOccupation> found = list("SELECT payload FROM cb_reconciled WHERE run_id = ? AND soc_code = ?",
				ReconciledOccupation.class, runId, soc);
		return found.isEmpty() ? new ReconciledOccupation(List.of(), List.of(), List.of()) : found.get(0);
	}

	List<SourceWeight> sourceWeights(long runId) {
		return list("SELECT payload FROM cb_source_weight WHERE run_id = ? ORDER BY source_id", SourceWeight.class,
				runId);
	}

	List<FileAccounting> accounting(long runId) {
		return list("SELECT payload FROM cb_file_accounting WHERE run_id = ? ORDER BY file_name",
				FileAccounting.class, runId);
	}

	long rejectCount(long runId, boolean filtered) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM cb_reject WHERE run_id = ? AND filtered = ?", Long.class,
				runId, filtered);
		return n == null ? 0 : n;
	}

	/** Streams rejected and filtered rows in file and line order, without holding them all in memory. */
	void forEachReject(long runId, Consumer<RejectedRow> action) {
		jdbc.query("SELECT payload FROM cb_reject WHERE run_id = ? ORDER BY file_name, line_no",
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

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot stage " + value.getClass().getSimpleName(), ex);
		}
	}

	private <T> T read(String payload, Class<T> type) {
		try {
			return json.readValue(payload, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot read staged " + type.getSimpleName(), ex);
		}
	}

}
