package com.careerbrief.job;

import com.careerbrief.ingest.table.crosswalk.CrosswalkFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.careerbrief.extract.DocumentClaimReader;
import com.careerbrief.ingest.InputFolder;
import com.careerbrief.ingest.table.GenericFiguresTableFormat;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TitleResolver;
import com.careerbrief.ingest.table.cpi.CpiTableFormat;
import com.careerbrief.ingest.table.onet.OnetTableFormat;
import com.careerbrief.ingest.table.projections.EducationAssignmentsTableFormat;
import com.careerbrief.ingest.table.projections.ProjectionsTableFormat;
import com.careerbrief.occupation.CrosswalkSocCrosswalk;
import com.careerbrief.ingest.table.crosswalk.CrosswalkTableFormat;
import com.careerbrief.occupation.OccupationResolver;
import com.careerbrief.occupation.OnetTitleIndex;
import com.careerbrief.occupation.SocCrosswalk;
import com.careerbrief.reconcile.CpiIndex;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.report.excel.WorkbookOptions;
import com.careerbrief.report.excel.WorkbookWriter;
import com.careerbrief.report.pdf.BriefOptions;
import com.careerbrief.report.pdf.BriefWriter;
import com.careerbrief.report.pdf.OccupationPageWriter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds each stage's objects from the run's configuration: the table formats (with the SOC
 * crosswalk found among the inputs), the document reader, the reconciler and the report writers.
 */
@Component
class StageFactory {

	private final ReconcileProperties reconcile;

	/** The input folder, where a CPI-U table may be; null when built without one (tests). */
	private final Path input;

	StageFactory(ReconcileProperties reconcile) {
		this(reconcile, null);
	}

	@Autowired
	StageFactory(ReconcileProperties reconcile, CareerBriefProperties properties) {
		this.reconcile = reconcile;
		this.input = properties == null ? null : properties.input();
	}

	List<TableFormat> tableFormats(Path input) {
		SocCrosswalk crosswalk = crosswalk(input);
		List<TableFormat> formats = new ArrayList<>();
		formats.add(new CrosswalkTableFormat());
		formats.add(new CpiTableFormat());
		formats.add(new ProjectionsTableFormat(crosswalk));
		formats.add(new EducationAssignmentsTableFormat(crosswalk));
		formats.addAll(OnetTableFormat.all());
		// The generic figures CSV, resolving occupation titles through O*NET.
		formats.add(new GenericFiguresTableFormat(crosswalk, titles(input)));
		formats.addAll(OewsFormats.all(crosswalk));
		return formats;
	}

	/** O*NET titles, for generic-CSV figures that name the occupation by title; none without O*NET files. */
	static TitleResolver titles(Path input) {
		Path onet = input.resolve("onet");
		// Only files the run may read: a link in onet/ that leads outside input/ is never followed.
		List<String> readable = InputFolder.scan(input).tables().stream().map(InputFolder.Entry::name).toList();
		if (!readable.contains("onet/Occupation Data.txt") || Files.exists(onet.resolve("Alternate Titles.txt"))
				&& !readable.contains("onet/Alternate Titles.txt")) {
			return TitleResolver.none();
		}
		try {
			return TitleResolver.of(OnetTitleIndex.load(onet));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load O*NET titles from " + onet, ex);
		}
	}

	private static List<Path> tableFiles(Path input) {
		return InputFolder.scan(input).tables().stream().map(InputFolder.Entry::path).toList();
	}

	/** The crosswalk is recognised by its content, like every other table. */
	static SocCrosswalk crosswalk(Path input) {
		CrosswalkTableFormat format = new CrosswalkTableFormat();
		for (Path file : tableFiles(input)) {
			try {
				if (format.accepts(file.getFileName().toString(), TableFormats.headLines(file))) {
					return CrosswalkFile.load(file);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the SOC crosswalk " + file, ex);
			}
		}
		return SocCrosswalk.identity();
	}

	/** The O*NET titles articles name occupations by. */
	OnetTitleIndex onetTitles(Path input) {
		try {
			return OnetTitleIndex.load(input.resolve("onet"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load O*NET titles from " + input.resolve("onet"), ex);
		}
	}

	/** A document reader; each thread has its own, around the one read-only title index. */
	DocumentClaimReader documentReader(OnetTitleIndex titles) {
		return new DocumentClaimReader(new OccupationResolver(titles));
	}

	Reconciler reconciler() {
		return new Reconciler(reconcile, input == null ? CpiIndex.none() : cpi(input));
	}

	/** CPI-U annual averages, recognised by their header anywhere under the input folder; none when absent. */
	static CpiIndex cpi(Path input) {
		for (Path file : tableFiles(input)) {
			try {
				if (CpiTableFormat.isCpiTable(file)) {
					return CpiIndex.of(CpiTableFormat.load(file));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the CPI-U table " + file, ex);
			}
		}
		return CpiIndex.none();
	}

	ReconcileProperties reconcileProperties() {
		return reconcile;
	}

	WorkbookWriter workbookWriter(Path target, CareerBriefProperties properties) {
		WorkbookOptions defaults = WorkbookOptions.defaults();
		return new WorkbookWriter(target, new WorkbookOptions(properties.chartOccupations(), OutputPublisher.BRIEFS,
				defaults.maxRowsPerSheet(), defaults.rowAccessWindow()));
	}

	BriefWriter briefWriter(CareerBriefProperties properties) {
		return new BriefWriter(BriefOptions.on(LocalDate.now()));
	}

	OccupationPageWriter pageWriter() {
		return new OccupationPageWriter(BriefOptions.on(LocalDate.now()));
	}

}
