package com.careerbrief.occupation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.careerbrief.model.Figure;
import com.careerbrief.model.Occupation;

/**
 * The OEWS hybrid codes of 2019–2020, such as 29-2098 "Medical Dosimetrists, Medical Records Specialists,
 * and Health Technologists and Technicians, All Other": codes absent from the newest complete national
 * survey whose title lists several occupations. Their figures belong, as related figures, to every
 * occupation the title names.
 */
public final class OewsHybridCodes {

	private final Map<String, String> titles;

	private OewsHybridCodes(Map<String, String> titles) {
		this.titles = titles;
	}

	/**
	 * The hybrid codes among national official figures.
	 * @param national national figures of official sources (OEWS among them)
	 */
	public static OewsHybridCodes of(List<Figure> national) {
		Map<String, String> current = NationalSurveys.of(national).newestTitles();
		Map<String, String> hybrids = new TreeMap<>();
		for (Figure f : national) {
			if (f.source().sourceId().startsWith(NationalSurveys.OEWS_SOURCE_PREFIX) && f.socCode() != null
					&& !current.containsKey(f.socCode()) && f.occupationTitle() != null
					&& f.occupationTitle().contains(",")) {
				hybrids.putIfAbsent(f.socCode(), f.occupationTitle());
			}
		}
		return new OewsHybridCodes(hybrids);
	}

	/** The hybrid codes whose title names the occupation, in code order; never its own code. */
	public List<String> naming(Occupation occupation) {
		String title = occupation.title().toLowerCase(Locale.ROOT);
		return titles.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(occupation.socCode()))
			.filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(title))
			.map(Map.Entry::getKey)
			.toList();
	}

}
