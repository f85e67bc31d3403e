package com.careerbrief.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook whose repeated labels go to the shared-strings table and whose other text stays inline:
 * SXSSF offers only all of one or all of the other, and the all-inline file was a third larger. Its sheets
 * stream through uncompressed temporary files and the final file is zipped at the fastest level: on the
 * shipped input gzip-compressed temporaries and the default level cost several seconds of CPU for a file
 * a little smaller.
 */
final class LabelSharingWorkbook extends SXSSFWorkbook {

	/** Far above the distinct labels of a full run (10,292 on the shipped input), small enough to keep memory flat. */
	static final int LABEL_CAPACITY = 50_000;

	private final SharedLabels labels;

	LabelSharingWorkbook(int rowAccessWindow) {
		super(null, rowAccessWindow, false, false);
		this.labels = new SharedLabels(getXSSFWorkbook().getSharedStringSource(), LABEL_CAPACITY);
	}

	SharedLabels labels() {
		return labels;
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new LabelSheetDataWriter(labels);
	}
}
