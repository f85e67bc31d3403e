package com.careerbrief.ingest.table.oews;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbrief.ingest.table.TableItem;
import com.careerbrief.ingest.table.TableSource;
import com.careerbrief.model.FileAccounting;
import com.careerbrief.occupation.SocCrosswalk;
import com.opencsv.CSVReader;

/**
 * Measures the OEWS national reader against a bare opencsv parse of the same generated 1,000,000-row
 * 32-column file (not a unit test; run its main with [rows] [rounds], see the README's Benchmark section).
 */
public final class OewsIngestBenchmark {

	private static final String HEADER = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,"
			+ "OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,"
			+ "MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY";

	private OewsIngestBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path dir = Files.createTempDirectory("oews-bench");
		Path file = dir.resolve("national_M2024_dl.csv");
		try {
			generate(file, rows);
			System.out.printf("file: %,d rows, %,d bytes%n", rows, Files.size(file));
			// Warm-up passes so both measurements run JIT-compiled code.
			bareParse(file);
			readerParse(file);
			// Interleaved rounds, medians compared: on a shared machine one round of each can land in
			// a busy and a quiet moment and misstate the ratio either way.
			int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
			double[] bare = new double[rounds];
			double[] reader = new double[rounds];
			for (int r = 0; r < rounds; r++) {
				bare[r] = rate(rows, () -> bareParse(file));
				reader[r] = rate(rows, () -> readerParse(file));
				System.out.printf("round %d: bare %,.0f rows/s, reader %,.0f rows/s, ratio %.2f%n", r + 1, bare[r],
						reader[r], reader[r] / bare[r]);
			}
			System.out.printf("bare opencsv parse:   %,.0f rows/s (median)%n", median(bare));
			System.out.printf("OEWS TableSource:     %,.0f rows/s (median)%n", median(reader));
			System.out.printf("ratio reader / bare:  %.2f%n", median(reader) / median(bare));
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	/** One detailed row in ten is preceded by its broad group row, as in the BLS files. */
	static void generate(Path file, int rows) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write(HEADER);
			out.newLine();
			for (int i = 0; i < rows; i++) {
				String code = String.format("%02d-%04d", i / 10_000, i % 10_000);
				String group = i % 10 == 0 ? "broad" : "detailed";
				String wage = i % 97 == 0 ? "#" : String.valueOf(40_000 + i % 50_000);
				out.write("99,U.S.,1,US,000000,Cross-industry,cross-industry,1235," + code + ",\"Occupation " + i
						+ ", All Other\"," + group + ",\"" + (1000 + i % 9000) + "\",1.0,,,,,26.91,55970,0.6,17.2,20,"
						+ "24.16,30.8,38.92,35780,41600," + wage + ",64070,80950,,");
				out.newLine();
			}
		}
	}

	private static long bareParse(Path file) throws IOException {
		long n = 0;
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
			while (csv.readNext() != null) {
				n++;
			}
		}
		catch (com.opencsv.exceptions.CsvValidationException ex) {
			throw new IOException(ex);
		}
		return n - 1;
	}

	private static long readerParse(Path file) throws IOException {
		long figures = 0;
		try (TableSource source = new OewsNationalTableFormat(SocCrosswalk.identity()).open(file)) {
			while (source.hasNext()) {
				TableItem item = source.next();
				figures += item.figures().size();
			}
			FileAccounting accounting = source.accounting();
			if (!accounting.balances() || accounting.error() != null) {
				throw new IllegalStateException("accounting does not balance: " + accounting);
			}
		}
		return figures;
	}

	private static double rate(int rows, IoTask task) throws IOException {
		long start = System.nanoTime();
		task.run();
		double seconds = (System.nanoTime() - start) / 1e9;
		return rows / seconds;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

	@FunctionalInterface
	private interface IoTask {

		long run() throws IOException;
	}

}
