package com.careerbrief.occupation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.careerbrief.model.Figure;

/**
 * The national OEWS survey files among a run's official figures, and which of them are complete: a
 * file that covers far fewer occupations than the survey before it is a slice (a filtered download, a
 * truncated copy), never "the newest survey", so that no single file can shrink what the run reports on.
 */
public final class NationalSurveys {

	/** Source ids of BLS OEWS national figures start with this. */
	public static final String OEWS_SOURCE_PREFIX = "bls-oews-";

	/** A file covering less than this share of the previous complete survey's occupations is partial. */
	static final double MIN_COVERAGE = 0.5;

	private static final String ALL_OCCUPATIONS = "00-0000";

	/**
	 * One national survey file.
	 *
	 * @param file the file, as its figures name it
	 * @param year the survey's reference year
	 * @param occupations detailed occupations it gives figures for
	 */
	public record SurveyFile(String file, int year, int occupations) {
	}

	/**
	 * A partial file and the complete survey it was measured against.
	 *
	 * @param file the partial file
	 * @param previous the survey before it (or of the same year) that it falls far short of
	 */
	public record Partial(SurveyFile file, SurveyFile previous) {

		/** Why the file is not used, in words a person reads. */
		public String reason() {
			return "partial national survey: covers " + file.occupations() + " occupations, where the " + previous.year()
					+ " survey (" + previous.file() + ") covers " + previous.occupations()
					+ "; its rows are not used, so that one slice cannot replace a whole survey";
		}
	}

	private final List<SurveyFile> complete = new ArrayList<>();

	private final List<Partial> partial = new ArrayList<>();

	private final Map<String, Map<String, String>> titlesByFile = new LinkedHashMap<>();

	private NationalSurveys() {
	}

	/** Sorts the national OEWS files of these figures into complete surveys and partial ones. */
	public static NationalSurveys of(List<Figure> national) {
		NationalSurveys surveys = new NationalSurveys();
		Map<String, Integer> years = new TreeMap<>();
		for (Figure f : national) {
			if (!f.source().sourceId().startsWith(OEWS_SOURCE_PREFIX) || f.socCode() == null
					|| ALL_OCCUPATIONS.equals(f.socCode())) {
				continue;
			}
			surveys.titlesByFile.computeIfAbsent(f.source().file(), k -> new TreeMap<>())
				.putIfAbsent(f.socCode(), f.occupationTitle());
			years.merge(f.source().file(), f.period().startYear(), Math::max);
		}
		List<SurveyFile> files = new ArrayList<>();
		years.forEach((file, year) -> files.add(new SurveyFile(file, year, surveys.titlesByFile.get(file).size())));
		// Oldest first; within a year the fullest first, so that a slice is measured against its own survey.
		files.sort(Comparator.comparingInt(SurveyFile::year).thenComparing(SurveyFile::occupations,
				Comparator.reverseOrder()).thenComparing(SurveyFile::file));
		SurveyFile reference = null;
		for (SurveyFile file : files) {
			if (reference != null && file.occupations() < MIN_COVERAGE * reference.occupations()) {
				surveys.partial.add(new Partial(file, reference));
			}
			else {
				surveys.complete.add(file);
				reference = file;
			}
		}
		return surveys;
	}

	/** Files set aside as partial, each with the survey it falls short of. */
	public List<Partial> partial() {
		return List.copyOf(partial);
	}

	/** The newest complete survey's year, or 0 when there is none. */
	public int newestYear() {
		return complete.stream().mapToInt(SurveyFile::year).max().orElse(0);
	}

	/**
	 * Every detailed occupation of the newest complete survey (all its files of that year), titled as it
	 * titles them, by SOC code.
	 */
	public Map<String, String> newestTitles() {
		int newest = newestYear();
		Map<String, String> titles = new TreeMap<>();
		complete.stream().filter(f -> f.year() == newest).forEach(f -> titlesByFile.get(f.file()).forEach(titles::putIfAbsent));
		return titles;
	}

	/** The files of the newest complete survey, as its figures name them. */
	public List<String> newestFiles() {
		int newest = newestYear();
		return complete.stream().filter(f -> f.year() == newest).map(SurveyFile::file).sorted().toList();
	}

}
