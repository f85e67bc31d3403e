package com.careerbrief.staging;

import java.util.List;

import com.careerbrief.model.Figure;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.SourceKind;

/**
 * Every figure and occupation text a run staged, read in one scan of each table and shared in memory
 * ({@link RunMemory}) by the catalog step and the report assembler, so the bulk of a run is read from
 * staging once per execution rather than once per step that needs part of it.
 */
public record StagedTables(List<Figure> figures, List<OccupationText> texts) {

	public static StagedTables read(StagingRepository staging, long runId) {
		return new StagedTables(staging.allFigures(runId), staging.allTexts(runId));
	}

	/** The national figures of official tables, in file and line order. */
	public List<Figure> nationalOfficialFigures() {
		return figures.stream().filter(f -> f.isNational() && f.source().kind() == SourceKind.OFFICIAL).toList();
	}

	/** The texts of one kind, in file and line order. */
	public List<OccupationText> texts(OccupationText.Kind kind) {
		return texts.stream().filter(t -> t.kind() == kind).toList();
	}

}
