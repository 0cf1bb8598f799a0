package org.sanctionsplatform.assessment.domain;

/** What the discount rules look at for one subject: the case, the subject, its decision and the assessed case facts. */
public record DiscountFacts(CaseFile file, Subject subject, PenaltyDecision decision, RulebookVersion rulebook,
                            boolean transitional, SeriousnessLevel level, LikelyOutcome outcome) {
}
