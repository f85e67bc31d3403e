package com.careerbrief.ingest.table.layouts;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

import com.careerbrief.ingest.InputFolder;
import com.careerbrief.ingest.table.GenericFiguresTableFormat;
import com.careerbrief.ingest.table.TableFormat;
import com.careerbrief.ingest.table.TableFormats;
import com.careerbrief.ingest.table.TitleResolver;
import com.careerbrief.ingest.table.crosswalk.CrosswalkFile;
import com.careerbrief.ingest.table.crosswalk.CrosswalkTableFormat;
import com.careerbrief.ingest.table.cpi.CpiTableFormat;
import com.careerbrief.ingest.table.mapping.MappedTableFormat;
import com.careerbrief.ingest.table.oews.OesQueryReportTableFormat;
import com.careerbrief.ingest.table.oews.OewsNationalTableFormat;
import com.careerbrief.ingest.table.oews.OewsStateTableFormat;
import com.careerbrief.ingest.table.onet.OnetTableFormat;
import com.careerbrief.ingest.table.projections.EducationAssignmentsTableFormat;
import com.careerbrief.ingest.table.projections.ProjectionsTableFormat;
import com.careerbrief.occupation.OnetTitleIndex;
import com.careerbrief.occupation.SocCrosswalk;

/**
 * Every table layout the job knows, set up for one input folder: the layouts that name occupations by
 * older SOC codes get the crosswalk found among that folder's tables, and the generic figures CSV gets
 * its O*NET titles. A package of its own, above the layouts' packages, so that none of them depends back on it.
 */
public final class InputTableFormats {

	private InputTableFormats() {
	}

	/** The layouts, in the order they are tried on a file's first lines. */
	public static List<TableFormat> of(Path input) {
		SocCrosswalk crosswalk = crosswalk(input);
		List<TableFormat> formats = new ArrayList<>();
		formats.add(new CrosswalkTableFormat());
		formats.add(new CpiTableFormat());
		formats.add(new ProjectionsTableFormat(crosswalk));
		formats.add(new EducationAssignmentsTableFormat(crosswalk));
		formats.addAll(OnetTableFormat.all());
		// The generic figures CSV, resolving occupation titles through O*NET.
		formats.add(new GenericFiguresTableFormat(crosswalk, titles(input)));
		formats.addAll(oews(crosswalk));
		return formats;
	}

	/** The OEWS-family layouts: national, state, the query tool, and the agency layouts described by column mappings. */
	static List<TableFormat> oews(SocCrosswalk crosswalk) {
		List<TableFormat> formats = new ArrayList<>(List.of(new OewsNationalTableFormat(crosswalk),
				new OewsStateTableFormat(crosswalk), new OesQueryReportTableFormat(crosswalk)));
		// New York DOL, Washington ESD and Projections Central: layouts described by column mappings.
		formats.addAll(MappedTableFormat.builtIn(crosswalk));
		return formats;
	}

	/** O*NET titles, for generic-CSV figures that name the occupation by title; none without O*NET files. */
	public static TitleResolver titles(Path input) {
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

	/** The table files the run may read under {@code input}. */
	public static List<Path> tableFiles(Path input) {
		return InputFolder.scan(input).tables().stream().map(InputFolder.Entry::path).toList();
	}

	/**
	 * CPI-U annual averages by year from the first table under {@code input} with the CPI header, wherever it
	 * is; empty when there is none.
	 */
	public static SortedMap<Integer, BigDecimal> cpi(Path input) {
		for (Path file : tableFiles(input)) {
			try {
				if (CpiTableFormat.isCpiTable(file)) {
					return CpiTableFormat.load(file);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the CPI-U table " + file, ex);
			}
		}
		return Collections.emptySortedMap();
	}

	/** The crosswalk is recognised by its content, like every other table; the identity when there is none. */
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

}
