/**
 * The words of reconciliation, in one place: {@link com.careerbrief.report.verdict.ReportWording} turns an
 * occupation's verdicts (their {@link com.careerbrief.model.Finding findings} and
 * {@link com.careerbrief.model.Note notes}), its chosen figures' {@link com.careerbrief.model.Why reasons} and
 * its {@link com.careerbrief.model.Conflict conflicts} into the sentences both the workbook (Reasons, Why chosen,
 * Explanation, candidates) and the brief (What sources say) show. Values, statistics and sources are named by
 * {@link com.careerbrief.model.Words}.
 */
package com.careerbrief.report.verdict;
