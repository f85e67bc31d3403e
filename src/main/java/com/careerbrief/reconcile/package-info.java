/**
 * Reconciliation: puts claims on the official footing, judges each against every official figure of its
 * occupation (all years, statistics, older and hybrid codes), chooses the figures that hold, lists where
 * sources disagree and weighs non-official sources by how often they agree with official data.
 * Entry points: {@link com.careerbrief.reconcile.SourceReliability#estimate}, then
 * {@link com.careerbrief.reconcile.Reconciler#reconcile} per occupation.
 */
package com.careerbrief.reconcile;
