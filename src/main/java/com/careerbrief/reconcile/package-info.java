/**
 * Reconciliation: puts claims on the official footing, judges each against every official figure of its
 * occupation (all years, statistics, older and hybrid codes), chooses the figures that hold, lists where
 * sources disagree and weighs non-official sources by how often they agree with official data.
 * Entry points: {@link com.careerbrief.reconcile.Reconciler#judge} per occupation, then
 * {@link com.careerbrief.reconcile.SourceReliability#estimate(ReconcileProperties, java.util.List)} over all of
 * them, then {@link com.careerbrief.reconcile.Reconciler#reconcile(JudgedOccupation, SourceReliability)} per
 * occupation, from the same judgements.
 */
package com.careerbrief.reconcile;
