package com.careerbrief.staging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
	 * staging holds no row it did not add: then {@link #ifComplete} gives the staged tables as
	 * {@link StagedTables#read} would read them back, in the same order (file name, line, position in the row).
	 */
	public static final class Ingested {

		private static final Comparator<Row<?>> ORDER = Comparator.<Row<?>, String>comparing(Row::file)
			.thenComparingLong(Row::line)
			.thenComparingInt(Row::seq);

		private final List<Row<Figure>> figures = new ArrayList<>();

		private final List<Row<OccupationText>> texts = new ArrayList<>();

		private final StagingRepository.StagedRows values = new StagingRepository.StagedRows();

		/** The rows of a committed chunk. */
		public synchronized void add(List<? extends TableItem> items) {
			for (TableItem item : items) {
				for (int i = 0; i < item.figures().size(); i++) {
					figures.add(new Row<>(item.file(), item.line(), i,
							values.figure(item.file(), item.line(), item.figures().get(i))));
				}
				for (int i = 0; i < item.texts().size(); i++) {
					texts.add(new Row<>(item.file(), item.line(), i, values.text(item.texts().get(i))));
				}
			}
		}

		/** The staged tables, if this collection holds exactly as many figures and texts as staging does. */
		public synchronized Optional<StagedTables> ifComplete(long stagedFigures, long stagedTexts) {
			if (figures.size() != stagedFigures || texts.size() != stagedTexts) {
				return Optional.empty();
			}
			return Optional.of(new StagedTables(sorted(figures), sorted(texts)));
		}

		private static <T> List<T> sorted(List<Row<T>> rows) {
			return rows.stream().sorted(ORDER).map(Row::value).toList();
		}

		private record Row<T>(String file, long line, int seq, T value) {
		}

	}

}
