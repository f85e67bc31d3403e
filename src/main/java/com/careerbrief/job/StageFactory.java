package com.careerbrief.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import com.careerbrief.config.CareerBriefProperties;
import com.careerbrief.extract.DocumentClaimReader;
import com.careerbrief.ingest.table.layouts.InputTableFormats;
import com.careerbrief.occupation.OccupationResolver;
import com.careerbrief.occupation.OnetTitleIndex;
import com.careerbrief.reconcile.CpiIndex;
import com.careerbrief.reconcile.ReconcileProperties;
import com.careerbrief.reconcile.Reconciler;
import com.careerbrief.report.excel.WorkbookOptions;
import com.careerbrief.report.excel.WorkbookWriter;
import com.careerbrief.report.pdf.BriefOptions;
import com.careerbrief.report.pdf.BriefWriter;
import com.careerbrief.report.pdf.OccupationPageWriter;
import com.careerbrief.run.OutputPublisher;

import org.springframework.stereotype.Component;

/**
 * Builds each stage's objects from the run's configuration: the table formats (with the SOC
 * crosswalk found among the inputs), the document reader, the reconciler and the report writers.
 */
@Component
class StageFactory {

	private final ReconcileProperties reconcile;

	StageFactory(ReconcileProperties reconcile) {
		this.reconcile = reconcile;
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

	/** The reconciler, with the CPI-U table found under the run's input folder (inflation notes), if any. */
	Reconciler reconciler(Path input) {
		return new Reconciler(reconcile, cpi(input));
	}

	/** CPI-U annual averages, recognised by their header anywhere under the input folder; none when absent. */
	static CpiIndex cpi(Path input) {
		return CpiIndex.of(InputTableFormats.cpi(input));
	}

	ReconcileProperties reconcileProperties() {
		return reconcile;
	}

	WorkbookWriter workbookWriter(Path target, CareerBriefProperties properties) {
		WorkbookOptions defaults = WorkbookOptions.defaults();
		return new WorkbookWriter(target, new WorkbookOptions(properties.chartOccupations(), OutputPublisher.BRIEFS,
				defaults.maxRowsPerSheet(), defaults.rowAccessWindow()));
	}

	BriefWriter briefWriter() {
		return new BriefWriter(BriefOptions.on(LocalDate.now()));
	}

	OccupationPageWriter pageWriter() {
		return new OccupationPageWriter(BriefOptions.on(LocalDate.now()));
	}

}
