package com.careerbrief.model;

import java.util.List;

/**
 * Everything the reports know about one occupation after reconciliation: the read model that the
 * workbook and the brief are written from.
 *
 * @param occupation the occupation
 * @param figures every official and agency figure for it: all years, areas and statistics, including
 *        rows published under its SOC 2010 code and under a hybrid code that contains it
 * @param texts O*NET tasks, alternate titles and crosswalk notes
 * @param documents the documents whose subject is this occupation
 * @param claims every claim about it (figure and fact claims)
 * @param verdicts the verdicts on those claims
 * @param chosen the figures that hold
 * @param conflicts where sources disagree
 * @param dependences the dependent pairs (copier and original) among the sources of its claims
 */
public record OccupationReport(Occupation occupation, List<Figure> figures, List<OccupationText> texts,
		List<DocumentInfo> documents, List<Claim> claims, List<Verdict> verdicts, List<ChosenFigure> chosen,
		List<Conflict> conflicts, List<SourceDependence> dependences) {

	/** A report whose sources were not checked for copying. */
	public OccupationReport(Occupation occupation, List<Figure> figures, List<OccupationText> texts,
			List<DocumentInfo> documents, List<Claim> claims, List<Verdict> verdicts, List<ChosenFigure> chosen,
			List<Conflict> conflicts) {
		this(occupation, figures, texts, documents, claims, verdicts, chosen, conflicts, List.of());
	}
}
