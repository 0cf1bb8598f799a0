package org.sanctionsplatform.intake.domain;

import static org.sanctionsplatform.guidance.windows.Milestone.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsplatform.guidance.windows.Milestone;
import org.sanctionsplatform.guidance.windows.WindowKind;

/**
 * The procedure as a table: for each milestone, what must have happened first, what rules it out, whether it
 * happens once per subject, and whether only legal persons take part. {@link MilestonePolicy} applies it.
 */
public final class ProcedureRules {

    /**
     * One row of the table.
     *
     * @param needsOneOf        an earlier standing milestone of one of these types (same subject or case-wide)
     * @param barredAfter       milestone types after which this one is no longer possible, with the reason
     * @param once              at most one standing milestone of this type per subject (corrections replace it)
     * @param legalPersonsOnly  the EAS is for legal persons only (§4.2)
     * @param section           where the guidance says so
     */
    public record Rule(Milestone milestone, Set<Milestone> needsOneOf, Map<Milestone, String> barredAfter,
                       boolean once, boolean legalPersonsOnly, String section) {

        Rule needs(Milestone... types) {
            return new Rule(milestone, Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(types))), barredAfter,
                    once, legalPersonsOnly, section);
        }

        Rule barredAfter(Milestone type, String because) {
            Map<Milestone, String> more = new LinkedHashMap<>(barredAfter);
            more.put(type, because);
            return new Rule(milestone, needsOneOf, Collections.unmodifiableMap(more), once, legalPersonsOnly, section);
        }

        Rule onlyOnce() {
            return new Rule(milestone, needsOneOf, barredAfter, true, legalPersonsOnly, section);
        }

        Rule forLegalPersonsOnly() {
            return new Rule(milestone, needsOneOf, barredAfter, once, true, section);
        }

        /** "a NOTICE_OF_INTENTION" or "a PENALTY_FINALISED or FINAL_DECISION". */
        public String prerequisiteText() {
            return "a " + needsOneOf.stream().map(Enum::name).collect(Collectors.joining(" or "));
        }
    }

    private static final String SETTLEMENT_NOT_FOR_DISCLOSURES =
            "the Settlement Scheme applies only to monetary penalties, not to Disclosures (§6.9)";
    private static final String SETTLEMENT_WAIVES_CHALLENGE =
            "a settled subject waives the rights to make representations, seek a review and appeal (§6.9)";

    private static final Map<Milestone, Rule> TABLE = table(
            // Chapter 4: the Early Account Scheme, for legal persons only (§4.2).
            rule(INVESTIGATION_NOTICE, "§4.3").onlyOnce(),
            rule(EAS_REQUESTED, "§4.3").onlyOnce().forLegalPersonsOnly(),
            rule(EAS_AGREED_IN_PRINCIPLE, "§4.5").needs(EAS_REQUESTED).onlyOnce().forLegalPersonsOnly(),
            rule(EAS_TERMS_AGREED, "§4.5").needs(EAS_AGREED_IN_PRINCIPLE).onlyOnce().forLegalPersonsOnly(),
            rule(EARLY_ACCOUNT_DELIVERED, "§4.6–4.7").needs(EAS_TERMS_AGREED).onlyOnce().forLegalPersonsOnly(),
            // §6.8–6.9: settlement. Invited usually before the notice of intention; signed during discussions
            // that run from the notice of intention.
            rule(SETTLEMENT_INVITATION, "§6.9").onlyOnce()
                    .barredAfter(NOTICE_OF_INTENDED_DISCLOSURE, SETTLEMENT_NOT_FOR_DISCLOSURES),
            rule(SETTLEMENT_INVITATION_ACCEPTED, "§6.9").needs(SETTLEMENT_INVITATION).onlyOnce()
                    .barredAfter(NOTICE_OF_INTENDED_DISCLOSURE, SETTLEMENT_NOT_FOR_DISCLOSURES),
            rule(SETTLEMENT_AGREEMENT_SIGNED, "§6.8–6.9").needs(NOTICE_OF_INTENTION).onlyOnce()
                    .barredAfter(NOTICE_OF_INTENDED_DISCLOSURE, SETTLEMENT_NOT_FOR_DISCLOSURES),
            // Chapter 7: notice of intention, representations, final decision.
            rule(NOTICE_OF_INTENTION, "chapter 7").onlyOnce(),
            rule(REPRESENTATIONS_RECEIVED, "§7.1").needs(NOTICE_OF_INTENTION)
                    .barredAfter(FINAL_DECISION, "the final decision ends the representations stage (§7.1)")
                    .barredAfter(SETTLEMENT_AGREEMENT_SIGNED, SETTLEMENT_WAIVES_CHALLENGE),
            rule(OFSI_RESPONSE_TO_REPRESENTATIONS, "§7.1").needs(REPRESENTATIONS_RECEIVED).onlyOnce(),
            rule(FINAL_DECISION, "§7.1, §8.1").needs(NOTICE_OF_INTENTION).onlyOnce(),
            // Chapter 8: review; chapter 9: appeal (a review must come first).
            rule(REVIEW_REQUESTED, "§8.1").needs(FINAL_DECISION).onlyOnce()
                    .barredAfter(SETTLEMENT_AGREEMENT_SIGNED, SETTLEMENT_WAIVES_CHALLENGE),
            rule(REVIEW_DECIDED, "§8.2").needs(REVIEW_REQUESTED).onlyOnce(),
            rule(TRIBUNAL_APPEAL_LODGED, "chapter 9").needs(REVIEW_DECIDED).onlyOnce()
                    .barredAfter(SETTLEMENT_AGREEMENT_SIGNED, SETTLEMENT_WAIVES_CHALLENGE),
            rule(TRIBUNAL_DECIDED, "chapter 9").needs(TRIBUNAL_APPEAL_LODGED).onlyOnce(),
            // Chapter 10: payable once finalised (no representations, final decision, review, settlement);
            // a penalty may be finalised again after a review, and paid in instalments (§7.2).
            rule(PENALTY_FINALISED, "§7.1, §8.2, chapter 10").needs(NOTICE_OF_INTENTION),
            rule(PAYMENT_RECEIVED, "chapter 10").needs(PENALTY_FINALISED, FINAL_DECISION),
            // Chapter 12: Disclosures.
            rule(NOTICE_OF_INTENDED_DISCLOSURE, "§12.2").onlyOnce(),
            rule(DISCLOSURE_REPRESENTATIONS_RECEIVED, "§12.2").needs(NOTICE_OF_INTENDED_DISCLOSURE)
                    .barredAfter(DISCLOSURE_DECIDED, "the Disclosure has been decided (§12.2)"),
            rule(DISCLOSURE_DECIDED, "§12.2").needs(NOTICE_OF_INTENDED_DISCLOSURE).onlyOnce(),
            // Which window an extension needs open is the WindowKind's business (see MilestonePolicy).
            rule(WINDOW_EXTENSION_AGREED, "§4.6, §6.9, §7.1, §8.1–8.2, §12.2"));

    private ProcedureRules() {
    }

    public static Rule ruleFor(Milestone milestone) {
        return TABLE.get(milestone);
    }

    public static Map<Milestone, Rule> table() {
        return TABLE;
    }

    private static Rule rule(Milestone milestone, String section) {
        return new Rule(milestone, Set.of(), Map.of(), false, false, section);
    }

    private static Map<Milestone, Rule> table(Rule... rules) {
        Map<Milestone, Rule> table = new EnumMap<>(Milestone.class);
        for (Rule rule : rules) {
            if (table.put(rule.milestone(), rule) != null) {
                throw new IllegalStateException("two rules for " + rule.milestone());
            }
        }
        if (table.size() != Milestone.values().length) {
            throw new IllegalStateException("every milestone needs a rule: " + EnumSet.complementOf(EnumSet.copyOf(table.keySet())));
        }
        return Collections.unmodifiableMap(table);
    }
}
