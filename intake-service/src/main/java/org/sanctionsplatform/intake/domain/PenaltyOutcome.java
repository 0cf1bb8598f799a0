package org.sanctionsplatform.intake.domain;

/**
 * What a review (§8.2) or the Upper Tribunal (chapter 9) decided about a penalty; publication follows it (§11.4): a
 * penalty that stands or is amended by the review lets the summary be released, a tribunal that amends or quashes it
 * replaces the published summary.
 */
public enum PenaltyOutcome {
    PENALTY_STANDS,
    PENALTY_AMENDED,
    PENALTY_QUASHED
}
