/**
 * Reconciliation: puts claims on the official footing, judges each against every official figure of its
 * occupation (all years, statistics, older and hybrid codes), chooses the figures that hold, lists where
 * sources disagree and weighs non-official sources by how often they agree with official data.
 * Entry points: {@link com.careerbrief.reconcile.Reconciler#judge} per occupation, then
 * {@link com.careerbrief.reconcile.SourceReliability#estimate(ReconcileProperties, java.util.List)} over all of
 * them, then {@link com.careerbrief.reconcile.Reconciler#reconcile(JudgedOccupation, SourceReliability)} per
 * occupation, from the same judgements. It records what it found as facts ({@link com.careerbrief.model.Finding},
 * {@link com.careerbrief.model.Note}, {@link com.careerbrief.model.Why}, {@link com.careerbrief.model.Conflict}); it
 * writes no sentences: {@code report/verdict} words them.
 */
package com.careerbrief.reconcile;
