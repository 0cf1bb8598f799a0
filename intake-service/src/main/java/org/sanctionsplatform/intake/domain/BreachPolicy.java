package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.guidance.penalty.BreachEstablishment;

/**
 * What a recorded breach must state: whose breach it is, what was breached (type, regime, regulation), when,
 * and the estimated value of the funds or economic resources if it can be estimated (s.146(3), §6.2).
 *
 * <p>And what would otherwise silently change the outcome: a breach before 15 June 2022 put forward as established
 * must carry the finding whether the subject knew or had reasonable cause to suspect, without which no breach can be
 * found (§5.2, the shared {@link BreachEstablishment}); a breach that shares the funds of another (the same funds
 * recorded under two prohibitions, counted once in the aggregated value, §6.2) must name another breach of the case.
 */
public final class BreachPolicy {

    public static final int REGULATION_LENGTH = org.sanctionsplatform.guidance.limits.InputLimits.REGULATION_LENGTH;

    private BreachPolicy() {
    }

    /**
     * Checks one breach against the case's subjects (in order), its breaches and today's date.
     *
     * @param field        the breach's place in the request, e.g. {@code breaches[2]}, or "" for a single breach
     * @param caseBreaches the ids of the breaches the case already has
     * @param ownIndex     when opening a case, the breach's position in the request's breaches; null otherwise
     * @param inRequest    when opening a case, how many breaches the request has
     */
    public static List<Violation> check(RecordBreach breach, String field, List<SubjectId> subjects,
                                        List<BreachId> caseBreaches, Integer ownIndex, int inRequest, LocalDate today) {
        Checks checks = new Checks();
        String p = field.isEmpty() ? "" : field + ".";
        if (breach == null) {
            checks.add(field.isEmpty() ? "body" : field, "is required");
            return checks.violations();
        }
        if (breach.subjectId() == null && breach.subjectIndex() == null) {
            checks.add(p + "subjectId", "is required (or subjectIndex, the subject's position in subjects)");
        } else if (breach.subjectId() != null && breach.subjectIndex() != null) {
            checks.add(p + "subjectIndex", "give subjectId or subjectIndex, not both");
        } else if (breach.subjectId() != null && subjects.stream().noneMatch(s -> s.value().equals(breach.subjectId()))) {
            checks.add(p + "subjectId", "is not a subject of this case");
        } else if (breach.subjectIndex() != null && (breach.subjectIndex() < 0 || breach.subjectIndex() >= subjects.size())) {
            checks.add(p + "subjectIndex", "must be from 0 to " + (subjects.size() - 1) + " (a position in subjects)");
        }
        checks.required(breach.breachType(), p + "breachType");
        checks.requiredText(breach.regime(), p + "regime", Checks.NAME_LENGTH);
        checks.requiredText(breach.regulation(), p + "regulation", REGULATION_LENGTH);
        checks.requiredText(breach.description(), p + "description", Checks.TEXT_LENGTH);
        boolean started = checks.pastDate(breach.breachDate(), p + "breachDate", today, null, null);
        boolean ended = checks.optionalPastDate(breach.breachEndDate(), p + "breachEndDate", today, null, null);
        if (started && ended && breach.breachEndDate() != null && breach.breachEndDate().isBefore(breach.breachDate())) {
            checks.add(p + "breachEndDate", "must not be before breachDate (" + breach.breachDate() + ")");
        }
        checks.optionalAmount(breach.estimatedValue(), p + "estimatedValue");
        // §5.2: the knowledge finding decides whether an earlier breach can be found at all.
        BreachEstablishment.missingKnowledgeFinding(breach.breachDate(), breach.putForwardAsEstablished(),
                        breach.knewOrHadReasonableCauseToSuspect())
                .ifPresent(reason -> checks.add(p + BreachEstablishment.KNOWLEDGE_FIELD, reason));
        checkSharedFunds(breach, p, caseBreaches, ownIndex, inRequest, checks);
        return checks.violations();
    }

    /** §6.2: the breach whose funds this one shares is another breach of the case. */
    private static void checkSharedFunds(RecordBreach breach, String p, List<BreachId> caseBreaches, Integer ownIndex,
                                         int inRequest, Checks checks) {
        String byId = breach.sharesFundsWithBreachId();
        Integer byIndex = breach.sharesFundsWithBreachIndex();
        if (byId != null && byIndex != null) {
            checks.add(p + "sharesFundsWithBreachIndex", "give sharesFundsWithBreachId or sharesFundsWithBreachIndex,"
                    + " not both");
        } else if (byId != null && caseBreaches.stream().noneMatch(b -> b.value().equals(byId))) {
            checks.add(p + "sharesFundsWithBreachId", "is not a breach of this case: name the breach whose funds this"
                    + " breach concerns too (counted once in the aggregated value, §6.2)"
                    + (ownIndex == null ? "" : "; when opening a case, use sharesFundsWithBreachIndex"));
        } else if (byIndex != null && ownIndex == null) {
            checks.add(p + "sharesFundsWithBreachIndex", "is only for breaches recorded when opening a case: name a"
                    + " recorded breach by sharesFundsWithBreachId");
        } else if (byIndex != null && (byIndex < 0 || byIndex >= inRequest || byIndex.equals(ownIndex))) {
            checks.add(p + "sharesFundsWithBreachIndex", "must be the position of another breach in breaches (0 to "
                    + (inRequest - 1) + ")");
        }
    }

    /** The subject a valid breach belongs to. */
    static SubjectId subjectOf(RecordBreach breach, List<SubjectId> subjects) {
        if (breach.subjectIndex() != null) {
            return subjects.get(breach.subjectIndex());
        }
        return subjects.stream().filter(s -> s.value().equals(breach.subjectId())).findFirst().orElseThrow();
    }

    /**
     * Builds the breach from a command that passed {@link #check}.
     *
     * @param requestIds when opening a case, the ids given to the request's breaches, in order; empty otherwise
     */
    static Breach toBreach(BreachId id, RecordBreach breach, List<SubjectId> subjects, List<BreachId> requestIds) {
        BreachId shares = breach.sharesFundsWithBreachId() != null ? new BreachId(breach.sharesFundsWithBreachId())
                : breach.sharesFundsWithBreachIndex() != null ? requestIds.get(breach.sharesFundsWithBreachIndex()) : null;
        return new Breach(id, subjectOf(breach, subjects), breach.breachType(), breach.regime().strip(),
                breach.regulation().strip(), breach.description().strip(), breach.breachDate(), breach.breachEndDate(),
                Optional.ofNullable(breach.estimatedValue()).map(Gbp::new).orElse(null),
                breach.putForwardAsEstablished(), breach.knewOrHadReasonableCauseToSuspect(), null, shares);
    }
}
