package com.careerbrief.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.model.Figure;
import com.careerbrief.model.OccupationText;
import com.careerbrief.model.SourceKind;

/**
 * Every figure and occupation text a run staged, read in one scan of each table and shared in memory
 * (the job's RunMemory) by the catalog step and the report assembler, so the bulk of a run is read from
 * staging once per execution rather than once per step that needs part of it. When this JVM staged all of
 * them itself, in this execution, they are taken from what it staged ({@link Ingested}) and not read back.
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

	/**
	 * The table rows this JVM staged, added as their chunks commit (from any partition's thread). Complete when
	 * staging holds, file by file, as many figures and texts as were added here: then {@link #ifComplete} gives
	 * the staged tables as {@link StagedTables#read} would read them back, in the same order.
	 */
	public static final class Ingested {

		private final List<StagingRepository.StagedRow<Figure>> figures = new ArrayList<>();

		private final List<StagingRepository.StagedRow<OccupationText>> texts = new ArrayList<>();

		/** How many figures and texts were added, per file. */
		private final Map<String, StagingRepository.FileRows> perFile = new TreeMap<>();

		private final StagingRepository.StagedRows values = new StagingRepository.StagedRows();

		/** The rows of a committed chunk. */
		public synchronized void add(List<? extends TableItem> items) {
			for (TableItem item : items) {
				for (int i = 0; i < item.figures().size(); i++) {
					figures.add(new StagingRepository.StagedRow<>(item.file(), item.line(), i,
							values.figure(item.file(), item.line(), item.figures().get(i))));
				}
				for (int i = 0; i < item.texts().size(); i++) {
					texts.add(new StagingRepository.StagedRow<>(item.file(), item.line(), i, values.text(item.texts().get(i))));
				}
				if (!item.figures().isEmpty() || !item.texts().isEmpty()) {
					perFile.merge(item.file(), new StagingRepository.FileRows(item.figures().size(), item.texts().size()),
							StagingRepository.FileRows::plus);
				}
			}
		}

		/**
		 * The staged tables, if staging holds exactly the figures and texts added here, counted per file
		 * ({@link StagingRepository#stagedPerFile}).
		 */
		public synchronized Optional<StagedTables> ifComplete(Map<String, StagingRepository.FileRows> staged) {
			if (!perFile.equals(staged)) {
				return Optional.empty();
			}
			return Optional.of(new StagedTables(StagingRepository.inRowOrder(figures), StagingRepository.inRowOrder(texts)));
		}

	}

}
