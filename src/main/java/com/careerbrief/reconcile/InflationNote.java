package com.careerbrief.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.careerbrief.model.Metric;
import com.careerbrief.model.Note;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;

/**
 * Adds to the OUTDATED verdict of a wage claim what its older figure is worth in today's dollars
 * (CPI-U), so a counselor sees how much of the gap is inflation. It explains and never re-judges: the
 * verdict kind, figure and distance stay as they were (the brief and the workbook say the adjusted value is
 * careerbrief's, not a published figure).
 */
final class InflationNote {

	private final CpiIndex cpi;

	InflationNote(CpiIndex cpi) {
		this.cpi = cpi;
	}

	/** The verdicts with the OUTDATED one of a matched older wage extended; unchanged without a CPI table. */
	List<Verdict> annotate(NormalisedClaim c, Match m, List<Verdict> verdicts, OfficialFigures officials) {
		if (cpi.isEmpty() || c.claim().metric() != Metric.WAGE || c.unit() != Unit.USD_PER_YEAR) {
			return verdicts;
		}
		return verdicts.stream().map(v -> v.kind() == VerdictKind.OUTDATED ? extend(v, c, m.official(), officials) : v)
				.toList();
	}

	private Verdict extend(Verdict v, NormalisedClaim c, OfficialFigure old, OfficialFigures officials) {
		Optional<OfficialFigure> today = officials.all().stream().filter(o -> o.figure() == v.checkedAgainst()).findFirst();
		if (today.isEmpty() || today.get().unit() != Unit.USD_PER_YEAR) {
			return v;
		}
		return note(c.low(), old.figure().period().endYear(), today.get()).map(v::withNote).orElse(v);
	}

	/** $37,110 of 2015 in the dollars of today's figure's year, when the CPI-U table covers both years. */
	Optional<Note> note(BigDecimal value, int fromYear, OfficialFigure today) {
		int toYear = today.figure().period().endYear();
		if (fromYear <= 0 || fromYear >= toYear) {
			return Optional.empty();
		}
		return cpi.adjust(value, fromYear, toYear).map(adjusted -> new Note.Inflation(value, fromYear, adjusted, today));
	}
}
