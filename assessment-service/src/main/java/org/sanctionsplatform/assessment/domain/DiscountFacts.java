package org.sanctionsplatform.assessment.domain;

/**
 * What the discount rules look at for one subject: the case, the subject, its decision, the assessed case facts, and
 * the case's windows as the deadline service runs them.
 */
public record DiscountFacts(CaseFile file, Subject subject, PenaltyDecision decision, RulebookVersion rulebook,
                            boolean transitional, SeriousnessLevel level, LikelyOutcome outcome,
                            CaseFileWindows windows) {
}
