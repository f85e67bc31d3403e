package com.careerbrief.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careerbrief.model.AreaType;
import com.careerbrief.model.Bound;
import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.Figure;
import com.careerbrief.model.Finding;
import com.careerbrief.model.Footing;
import com.careerbrief.model.Metric;
import com.careerbrief.model.Note;
import com.careerbrief.model.OfficialFigure;
import com.careerbrief.model.Period;
import com.careerbrief.model.SourceKind;
import com.careerbrief.model.SourceRef;
import com.careerbrief.model.Statistic;
import com.careerbrief.model.Unit;
import com.careerbrief.model.Verdict;
import com.careerbrief.model.VerdictKind;
import com.careerbrief.model.Why;
import com.careerbrief.reconcile.ReconciledOccupation;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Verdicts, choices and conflicts go through staging whole, as the facts the reports word: a restart or a
 * remote worker words them exactly as the JVM that reconciled them would have.
 */
class StagedVerdictTests {

	private final StagingRepository staging = new StagingRepository(null, Jackson2ObjectMapperBuilder.json().build());

	private static final SourceRef OEWS = new SourceRef("bls-oews-2024", "U.S. Bureau of Labor Statistics",
			"OEWS May 2024", null, "May 2024", SourceKind.OFFICIAL, "national_M2024_dl.csv", 1000);

	private static OfficialFigure official(String value, int year) {
		Figure f = new Figure("29-2072", "29-2072", null, "Medical Records Specialists", Figure.UNITED_STATES,
				AreaType.NATIONAL, Metric.WAGE, Statistic.MEDIAN, Unit.USD_PER_YEAR, new BigDecimal(value), Bound.EXACT,
				Period.survey(year), OEWS);
		return new OfficialFigure(f, f.value(), f.unit(), true);
	}

	@Test
	void anOccupationComesBackWithItsFindingsNotesChoicesAndConflicts() {
		OfficialFigure may2015 = official("37110", 2015);
		OfficialFigure may2024 = official("50250", 2024);
		Footing footing = new Footing(new BigDecimal("37110"), null, Unit.USD_PER_YEAR, Statistic.AVERAGE_AS_WORDED,
				Figure.UNITED_STATES, Period.none());
		Verdict matched = new Verdict("a.txt#1", VerdictKind.MATCHES, footing, new Finding.Matched(may2015, true, may2024),
				may2015.figure(), BigDecimal.ZERO);
		Verdict outdated = new Verdict("a.txt#1", VerdictKind.OUTDATED, footing, new Finding.Stale(may2015, may2024),
				may2024.figure(), new BigDecimal("-26.2"))
			.withNote(new Note.Inflation(new BigDecimal("37110"), 2015, new BigDecimal("49114.6"), may2024));
		ChosenFigure chosen = new ChosenFigure("29-2072", Metric.WAGE, Statistic.MEDIAN, Figure.UNITED_STATES,
				Unit.USD_PER_YEAR, may2024.value(), Bound.EXACT, Period.survey(2024), OEWS, null, null, 0.95,
				new Why.NewestOfficial(null, null, 10, false, 1));
		Conflict conflict = new Conflict("29-2072", Metric.WAGE, Figure.UNITED_STATES, chosen,
				List.of(new Conflict.Disagreeing("a.txt#1", 0.3)), false);
		ReconciledOccupation occupation = new ReconciledOccupation(List.of(matched, outdated), List.of(chosen),
				List.of(conflict));

		ReconciledOccupation read = staging.read(staging.write(occupation), ReconciledOccupation.class);

		assertThat(read).isEqualTo(occupation);
		assertThat(read.verdicts().get(1).notes()).singleElement().isInstanceOf(Note.Inflation.class);
	}

	@Test
	void everyKindOfFindingNoteAndReasonComesBackAsItsKind() throws Exception {
		for (Class<?> sealed : List.of(Finding.class, Note.class, Why.class)) {
			for (Class<?> kind : sealed.getPermittedSubclasses()) {
				Object value = withDefaults(kind);

				Object read = staging.read(staging.write(value), sealed);

				assertThat(read).as(kind.getSimpleName()).isEqualTo(value);
			}
		}
	}

	/** A record of the kind with every component at its type's default (null, false, 0). */
	private static Object withDefaults(Class<?> kind) throws Exception {
		Class<?>[] types = Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
		Constructor<?> canonical = kind.getDeclaredConstructor(types);
		Object[] args = Arrays.stream(types).map(StagedVerdictTests::defaultOf).toArray();
		return canonical.newInstance(args);
	}

	private static Object defaultOf(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == int.class) {
			return 0;
		}
		if (type == double.class) {
			return 0.0;
		}
		return null;
	}

}
