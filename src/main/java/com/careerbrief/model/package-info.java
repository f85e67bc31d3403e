/**
 * Immutable values shared by every stage: figures from official tables, claims from documents,
 * verdicts and chosen figures from reconciliation. Stages import this package; it imports none of them.
 */
package com.careerbrief.model;
