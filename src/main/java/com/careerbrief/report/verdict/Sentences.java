package com.careerbrief.report.verdict;

import com.careerbrief.model.Metric;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Words;

/** The phrases about official figures that several sentences share. */
final class Sentences {

	private Sentences() {
	}

	/** "today's median is $50,250 (May 2024)", "the newest projection is +7.1% (2024–34)". */
	static String today(OfficialFigure n) {
		String what = n.isProjection() ? "the newest projection" : "today's " + shortMeasure(n);
		return what + " is " + Words.value(n) + " (" + n.figure().period().label() + ")";
	}

	/** "median" for pay (as counselors say it), the full measure otherwise. */
	static String shortMeasure(OfficialFigure o) {
		return o.figure().metric() == Metric.WAGE ? Words.statistic(o.figure().statistic(), 0) : Words.measure(o);
	}

	static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/** "a" or "an", by the word's first letter. */
	static String article(String word) {
		return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ";
	}
}
