package com.careerbrief.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What the bare libraries take to write what a run wrote (#14's comparisons; a command, not a test). From a
 * published run folder it reads, untimed, every cell of the workbook and every page's text of the briefs,
 * then times, in rounds:
 * <ul>
 * <li><b>bare SXSSF</b> writing the same cells (numbers as numbers, text inline, no styles), with the
 * normalisation careerbrief's own writer gets: uncompressed temporary files, the final zip at the fastest
 * level, the same 100-row window;</li>
 * <li><b>bare OpenPDF</b> writing the same pages: each page's lines as paragraphs in the same embedded
 * Liberation Sans, a new page where the brief has one (no tables, rules or charts, so cheaper than a
 * brief).</li>
 * </ul>
 * Compare with careerbrief's writeWorkbook + finishWorkbook step seconds from the run summary of the same
 * sitting, and with {@link BriefWriterBenchmark}'s briefs per second of CPU time (one thread, both).
 *
 * <pre>
 * java -Xmx2g -cp "target/test-classes:target/classes:$(cat cp.txt)" com.careerbrief.job.BareLibraryBenchmark \
 *      output/latest [rounds=3]
 * </pre>
 */
public final class BareLibraryBenchmark {

	private BareLibraryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path run = Path.of(args[0]).toRealPath();
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		Map<String, List<List<StreamedSheet.Cell>>> sheets = cells(run.resolve("careerbrief.xlsx"));
		long cellCount = sheets.values().stream().flatMap(List::stream).mapToLong(List::size).sum();
		List<List<String>> briefs = briefPages(run.resolve("briefs"));
		long pages = briefs.stream().mapToLong(List::size).sum();
		System.out.printf("read %,d cells in %d sheets, and %,d briefs of %,d pages%n", cellCount, sheets.size(),
				briefs.size(), pages);
		Path work = Files.createTempDirectory("careerbrief-bare");
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		List<Double> xlsx = new ArrayList<>();
		List<Double> pdfCpu = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			long t0 = System.nanoTime();
			Path book = work.resolve("bare.xlsx");
			writeWorkbook(sheets, book);
			double seconds = (System.nanoTime() - t0) / 1e9;
			xlsx.add(seconds);
			long c0 = cpu.getCurrentThreadCpuTime();
			long t1 = System.nanoTime();
			writeBriefs(briefs, work.resolve("briefs"));
			double pdfWall = (System.nanoTime() - t1) / 1e9;
			double pdfSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
			pdfCpu.add(pdfSeconds);
			System.out.printf("round %d: bare SXSSF %.2f s (%,d bytes); bare OpenPDF %.2f s wall, %.2f s CPU, %.1f briefs/s of CPU%n",
					round, seconds, Files.size(book), pdfWall, pdfSeconds, briefs.size() / pdfSeconds);
		}
		System.out.printf("medians: bare SXSSF %.2f s; bare OpenPDF %.1f briefs per CPU second%n", median(xlsx),
				briefs.size() / median(pdfCpu));
	}

	private static Map<String, List<List<StreamedSheet.Cell>>> cells(Path workbook) throws Exception {
		List<String> names = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (it.hasNext()) {
				try (InputStream in = it.next()) {
					names.add(it.getSheetName());
				}
			}
		}
		Map<String, List<List<StreamedSheet.Cell>>> sheets = new LinkedHashMap<>();
		for (String name : names) {
			sheets.put(name, StreamedSheet.read(workbook, name).rows);
		}
		return sheets;
	}

	private static void writeWorkbook(Map<String, List<List<StreamedSheet.Cell>>> sheets, Path target) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, false) {
			@Override
			protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
				ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
				zip.setLevel(Deflater.BEST_SPEED);
				return zip;
			}
		};
		try {
			for (Map.Entry<String, List<List<StreamedSheet.Cell>>> entry : sheets.entrySet()) {
				Sheet sheet = workbook.createSheet(entry.getKey());
				int r = 0;
				for (List<StreamedSheet.Cell> cells : entry.getValue()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < cells.size(); c++) {
						StreamedSheet.Cell cell = cells.get(c);
						if (cell.value().isEmpty()) {
							continue;
						}
						if (cell.numeric()) {
							row.createCell(c).setCellValue(Double.parseDouble(cell.value()));
						}
						else {
							row.createCell(c).setCellValue(cell.value());
						}
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static List<List<String>> briefPages(Path folder) throws IOException {
		List<List<String>> briefs = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
				try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
					PDFTextStripper text = new PDFTextStripper();
					List<String> pages = new ArrayList<>();
					for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
						text.setStartPage(p);
						text.setEndPage(p);
						pages.add(text.getText(pdf));
					}
					briefs.add(pages);
				}
			}
		}
		return briefs;
	}

	private static void writeBriefs(List<List<String>> briefs, Path folder) throws IOException {
		Files.createDirectories(folder);
		BaseFont regular;
		try (InputStream in = BareLibraryBenchmark.class.getClassLoader().getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
			regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
		}
		int i = 0;
		for (List<String> pages : briefs) {
			Font font = new Font(regular, 8.5f);
			Document document = new Document(PageSize.LETTER, 40, 40, 40, 40);
			try (OutputStream out = Files.newOutputStream(folder.resolve("brief-" + i++ + ".pdf"))) {
				PdfWriter.getInstance(document, out);
				document.open();
				for (int p = 0; p < pages.size(); p++) {
					if (p > 0) {
						document.newPage();
					}
					for (String line : pages.get(p).split("\n")) {
						document.add(new Paragraph(line, font));
					}
				}
				document.close();
			}
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
