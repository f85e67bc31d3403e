package com.careerbrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the command line before anything runs: {@code --help} prints the options, and a mistyped option
 * ({@code --inptu=…}) is refused with the nearest known one, instead of Spring Boot ignoring it and the run
 * going ahead on the default folders. A dotted name ({@code --careerbrief.threads=2}, {@code --server.port=…})
 * is a Spring property and passes.
 */
final class CommandLineOptions {

	/** The options a person types, as the README documents them. */
	static final Set<String> KNOWN = Set.of("input", "output", "state", "states", "schedule", "force", "history",
			"allow-shrink", "serve", "hash-password", "help", "debug", "trace");

	static final String USAGE = """
			Usage: java -jar careerbrief.jar [options]
			  Runs the career report job on the input folder once and exits (0 when it completed).

			  --input=DIR       source documents and official tables (default: input)
			  --output=DIR      where the workbook and briefs are published (default: output)
			  --state=DIR       the job repository and staging (default: state)
			  --states=IN,NY    also write a state edition of each brief for these states (ALL: every one)
			  --force           run even when the inputs have not changed since the last run
			  --allow-shrink    publish even when the run has more than 10% fewer occupations or figures
			                    than the last published run (careerbrief.max-shrink-percent)
			  --history         list earlier runs and exit
			  --schedule=CRON   stay up and run on this schedule (Spring cron, e.g. "0 0 6 * * MON-FRI")
			  --serve           start the download portal instead of a run (see README, Portal)
			  --hash-password   print a password hash for the portal's users and exit
			  --help            this text
			  --NAME=VALUE      with a dot in NAME: any Spring or careerbrief property, e.g.
			                    --careerbrief.threads=2, --server.port=8081, --spring.profiles.active=worker
			""";

	private CommandLineOptions() {
	}

	/** Why the arguments cannot be run, one line per argument, or an empty list. */
	static List<String> problems(String[] args) {
		List<String> problems = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				problems.add("unexpected argument '" + arg + "': options start with -- (e.g. --input=" + arg + ")");
				continue;
			}
			String name = arg.substring(2).split("=", 2)[0];
			if (!name.contains(".") && !KNOWN.contains(name)) {
				problems.add("unknown option --" + name + nearest(name));
			}
		}
		return problems;
	}

	static boolean wantsHelp(String[] args) {
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				return true;
			}
		}
		return false;
	}

	/** " (did you mean --input?)" when a known option is at most two edits away, else "". */
	private static String nearest(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return KNOWN.stream().filter(k -> distance(lower, k) <= 2).min(Comparator.comparingInt(k -> distance(lower, k)))
			.map(k -> " (did you mean --" + k + "?)").orElse("");
	}

	/** Optimal string alignment distance: a swap of two neighbours ("inptu") counts as one edit. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
