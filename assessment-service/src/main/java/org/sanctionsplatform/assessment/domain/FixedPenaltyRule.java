package org.sanctionsplatform.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Fixed monetary penalties for information, reporting and licensing offences (§13, 2026 guidance only).
 * <ul>
 * <li>Applicable offences (§13.1): late or non-reporting, incomplete licence reporting, failing to answer a request
 * for information, licence breaches up to £10,000. Not the Russia/Belarus designated-person asset-reporting duty,
 * and not any other breach: those take the full process.</li>
 * <li>Figure 13A: the first and second occurrence get a private warning letter; the third occurrence after two
 * warnings, or repeated failure over a significant period (three or more occurrences in the case), a fixed penalty;
 * a licence breach up to £10,000 is likely a fixed penalty.</li>
 * <li>§13.2: £5,000 normally; £10,000 with aggravating conduct or after an earlier £5,000 fixed penalty. §13.1:
 * repeated offending after a £10,000 fixed penalty takes the full process.</li>
 * </ul>
 */
public final class FixedPenaltyRule {

    public static final String NAME = "FixedPenalty";
    public static final String SECTION = "13.1, 13.2 Figure 13A";
    public static final BigDecimal LOWER = Money.gbp("5000");
    public static final BigDecimal HIGHER = Money.gbp("10000");
    /** §13.1: licence breaches "involving funds or economic resources with a value of up to £10,000". */
    public static final BigDecimal LICENCE_BREACH_LIMIT = Money.gbp("10000");

    static final Set<String> REPORTING_OR_INFORMATION = Set.of(
            "LATE_REPORTING", "NON_REPORTING", "INCOMPLETE_LICENCE_REPORTING", "FAILURE_TO_PROVIDE_INFORMATION");
    static final String LICENCE_BREACH = "LICENCE_CONDITION_BREACH";
    static final String DESIGNATED_PERSON_ASSET_REPORTING = "DESIGNATED_PERSON_ASSET_REPORTING";

    public RuleResult<FixedPenaltyAssessment> apply(List<Breach> breaches, List<BreachAssessment> assessed,
                                                    Conduct conduct, FixedPenaltyHistory history) {
        int established = 0;
        int licenceBreaches = 0;
        String notApplicable = null;
        for (int i = 0; i < breaches.size(); i++) {
            if (!assessed.get(i).established()) {
                continue;
            }
            Breach b = breaches.get(i);
            established++;
            String type = b.breachType();
            if (DESIGNATED_PERSON_ASSET_REPORTING.equals(type)) {
                notApplicable = b.breachId() + " is the designated-person asset-reporting duty (Russia/Belarus), to"
                        + " which the fixed-penalty policy does not apply (§13.1)";
            } else if (LICENCE_BREACH.equals(type)) {
                if (b.estimatedValue() != null && b.estimatedValue().compareTo(LICENCE_BREACH_LIMIT) > 0) {
                    notApplicable = b.breachId() + " is a licence breach worth " + Money.format(b.estimatedValue())
                            + ", above the £10,000.00 of the fixed-penalty process (§13.1)";
                } else {
                    licenceBreaches++;
                }
            } else if (!REPORTING_OR_INFORMATION.contains(type)) {
                notApplicable = b.breachId() + " (" + type + ") is not an information, reporting or licensing offence"
                        + " (§13.1)";
            }
        }
        int occurrence = history.priorWarnings() + 1;
        var inputs = RuleResult.inputs(
                "establishedBreaches", established,
                "priorWarnings", history.priorWarnings(),
                "priorFixedPenalty", history.priorFixedPenalty(),
                "conduct", conduct);
        if (established == 0) {
            return result(new FixedPenaltyAssessment(false, occurrence, null, false, LikelyOutcome.NO_BREACH,
                    "no established offence"), inputs);
        }
        if (notApplicable != null) {
            return result(new FixedPenaltyAssessment(false, occurrence, null, true, LikelyOutcome.FULL_PROCESS,
                    notApplicable + ": the full monetary penalty process applies"), inputs);
        }
        BigDecimal prior = history.priorFixedPenalty();
        if (prior != null && prior.compareTo(HIGHER) >= 0) {
            return result(new FixedPenaltyAssessment(true, occurrence, null, true, LikelyOutcome.FULL_PROCESS,
                    "repeated offending after a " + Money.format(prior) + " fixed penalty: the full monetary"
                    + " penalty process, up to the statutory maximum, is more likely (§13.1)"), inputs);
        }
        String ladder;
        if (licenceBreaches > 0) {
            ladder = "a breach of a licence up to £10,000.00 is more likely dealt with by a fixed penalty (Figure 13A)";
        } else if (occurrence >= 3) {
            ladder = "occurrence " + occurrence + " after " + history.priorWarnings() + " private warning letters is"
                    + " more likely dealt with by a fixed penalty (Figure 13A)";
        } else if (established >= 3) {
            ladder = established + " occurrences in this case are a repeated failure over a period, more likely dealt"
                    + " with by a fixed penalty (Figure 13A)";
        } else {
            return result(new FixedPenaltyAssessment(true, occurrence, null, false, LikelyOutcome.PRIVATE_WARNING,
                    "occurrence " + occurrence + " (" + history.priorWarnings() + " earlier warning letter(s)): a first"
                    + " or second occurrence is likely dealt with by a private warning letter (Figure 13A)"), inputs);
        }
        boolean aggravated = conduct == Conduct.AGGRAVATING;
        boolean afterLower = prior != null && prior.signum() > 0;
        BigDecimal amount = aggravated || afterLower ? HIGHER : LOWER;
        String amountWhy = aggravated ? "£10,000.00: aggravating conduct (§13.2)"
                : afterLower ? "£10,000.00: a " + Money.format(prior) + " fixed penalty was imposed before (§13.2)"
                : "£5,000.00: no aggravating factor and no earlier fixed penalty (§13.2)";
        return result(new FixedPenaltyAssessment(true, occurrence, amount, false,
                LikelyOutcome.FIXED_MONETARY_PENALTY, ladder + "; " + amountWhy), inputs);
    }

    private static RuleResult<FixedPenaltyAssessment> result(FixedPenaltyAssessment a, java.util.Map<String, String> inputs) {
        return new RuleResult<>(a, NAME, SECTION, inputs, a.outcome() + ": " + a.reason());
    }
}
