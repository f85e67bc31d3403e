/**
 * Immutable values shared by every stage: figures from official tables, claims from documents,
 * verdicts and chosen figures from reconciliation, kept as facts (the reports word them, in
 * {@code report/verdict}). Stages import this package; it imports none of them.
 */
package com.careerbrief.model;
