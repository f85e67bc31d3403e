package com.careerbrief.reconcile;

import java.util.List;

import com.careerbrief.model.ChosenFigure;
import com.careerbrief.model.Conflict;
import com.careerbrief.model.Verdict;

/**
 * The outcome of reconciling one occupation.
 *
 * @param verdicts verdicts on its claims (a claim may have several)
 * @param chosen the figures that hold, per metric × statistic × place
 * @param conflicts where sources disagree
 */
public record ReconciledOccupation(List<Verdict> verdicts, List<ChosenFigure> chosen, List<Conflict> conflicts) {
}
