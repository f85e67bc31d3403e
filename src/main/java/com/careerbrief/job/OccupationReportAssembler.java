package com.careerbrief.job;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbrief.model.Claim;
import com.careerbrief.model.DocumentInfo;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;
import com.careerbrief.model.OccupationReport;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.SourceDependence;
import com.careerbrief.model.SourceKind;
import com.careerbrief.occupation.OewsHybridCodes;
import com.careerbrief.reconcile.ClaimsFromFigures;
import com.careerbrief.reconcile.ReconciledOccupation;
import com.careerbrief.staging.StagedTables;
import com.careerbrief.staging.StagingRepository;

/**
 * Gathers from the staging tables everything the reports need about one occupation, including the
 * figures published under an OEWS hybrid code whose title names it ({@link OewsHybridCodes}).
 * Each staging table is read once, in one query, when the assembler is made; a step then assembles
 * every occupation from memory (a full run's figures and texts take some 60 MB).
 */
class OccupationReportAssembler {

	private final StagingRepository staging;

	private final long runId;

	private final OewsHybridCodes hybridCodes;

	private final List<DocumentInfo> documents;

	/** Read when first needed: the reliability step stages them after this assembler is made. */
	private volatile List<SourceDependence> dependences;

	private final Map<String, Occupation> occupations;

	private final Map<String, List<Figure>> figures;

	private final Map<String, List<OccupationText>> texts;

	private final Map<String, List<Claim>> claims;

	/**
	 * Occupations reconciled in this JVM and execution, so the report steps need not read them back from
	 * staging; softly held, so a heap that runs short drops them and the report steps read those from staging.
	 */
	private final Map<String, SoftReference<ReconciledOccupation>> reconciled = new ConcurrentHashMap<>();

	/**
	 * Reports already assembled in this execution: the workbook step assembles each occupation's report, and the
	 * briefs step of the same JVM takes it from here. A report only points at what the assembler holds anyway,
	 * so keeping it costs little; softly held all the same, like {@link #reconciled}.
	 */
	private final Map<String, SoftReference<OccupationReport>> assembled = new ConcurrentHashMap<>();

	OccupationReportAssembler(StagingRepository staging, long runId) {
		this(staging, runId, StagedTables.read(staging, runId));
	}

	OccupationReportAssembler(StagingRepository staging, long runId, StagedTables staged) {
		this.staging = staging;
		this.runId = runId;
		List<Figure> all = staged.figures();
		this.figures = bySoc(all, Figure::socCode);
		this.hybridCodes = OewsHybridCodes.of(staged.nationalOfficialFigures());
		this.texts = bySoc(staged.texts(), OccupationText::socCode);
		this.claims = bySoc(staging.allClaims(runId), Claim::socCode);
		this.occupations = new HashMap<>();
		staging.occupations(runId).forEach(o -> occupations.put(o.socCode(), o));
		this.documents = staging.documents(runId);
	}

	private static <T> Map<String, List<T>> bySoc(List<T> values, Function<T, String> soc) {
		Map<String, List<T>> grouped = new HashMap<>();
		for (T value : values) {
			if (soc.apply(value) != null) {
				grouped.computeIfAbsent(soc.apply(value), k -> new ArrayList<>()).add(value);
			}
		}
		return grouped;
	}

	Occupation occupation(String soc) {
		Occupation occupation = occupations.get(soc);
		if (occupation == null) {
			throw new IllegalStateException("Occupation " + soc + " is not in run " + runId + "'s catalog");
		}
		return occupation;
	}

	/** The official and agency figures of the occupation's own code. */
	List<Figure> ownFigures(String soc) {
		return figures.getOrDefault(soc, List.of());
	}

	/** Figures of hybrid codes whose title names this occupation. */
	List<Figure> relatedFigures(Occupation occupation) {
		List<Figure> related = new ArrayList<>();
		for (String hybrid : hybridCodes.naming(occupation)) {
			related.addAll(ownFigures(hybrid));
		}
		return related;
	}

	/**
	 * Every claim about the occupation: those read from articles, and the figures of agency and other
	 * non-official tables, which are claims to check like any other.
	 */
	List<Claim> claims(String soc, List<Figure> ownFigures) {
		List<Claim> claims = new ArrayList<>(this.claims.getOrDefault(soc, List.of()));
		claims.addAll(ClaimsFromFigures
			.convert(ownFigures.stream().filter(f -> f.source().kind() != SourceKind.OFFICIAL).toList()));
		return claims;
	}

	private List<SourceDependence> dependences() {
		if (dependences == null) {
			dependences = staging.sourceDependences(runId);
		}
		return dependences;
	}

	List<DocumentInfo> documents() {
		return documents;
	}

	/**
	 * An occupation as the reconcile step of this execution committed it to staging, kept for the report
	 * steps. Those read it from staging instead after a restart, or when another machine reconciled it.
	 */
	void remember(String soc, ReconciledOccupation outcome) {
		assembled.remove(soc);
		reconciled.put(soc, new SoftReference<>(outcome));
	}

	/**
	 * The occupation's report model, assembled once per execution in this JVM and handed to both report
	 * steps (again only when the heap needed the room).
	 */
	OccupationReport assemble(String soc) {
		SoftReference<OccupationReport> held = assembled.get(soc);
		OccupationReport report = held == null ? null : held.get();
		if (report == null) {
			report = assembleFromParts(soc);
			assembled.put(soc, new SoftReference<>(report));
			reconciled.remove(soc); // the report holds it now
		}
		return report;
	}

	private OccupationReport assembleFromParts(String soc) {
		Occupation occupation = occupation(soc);
		List<Figure> own = ownFigures(soc);
		List<Figure> figures = new ArrayList<>(own);
		figures.addAll(relatedFigures(occupation));
		SoftReference<ReconciledOccupation> held = this.reconciled.get(soc);
		ReconciledOccupation reconciled = held == null ? null : held.get();
		if (reconciled == null) {
			reconciled = staging.reconciled(runId, soc);
		}
		List<Claim> claims = claims(soc, own);
		Set<String> sources = claims.stream().map(c -> c.source() == null ? c.documentId() : c.source().sourceId())
			.collect(Collectors.toSet());
		return new OccupationReport(occupation, List.copyOf(figures), texts.getOrDefault(soc, List.of()),
				documents.stream().filter(d -> soc.equals(d.socCode())).toList(), List.copyOf(claims), reconciled.verdicts(),
				reconciled.chosen(), reconciled.conflicts(),
				dependences().stream().filter(d -> sources.contains(d.sourceId()) && sources.contains(d.copiesFrom())).toList());
	}

}
