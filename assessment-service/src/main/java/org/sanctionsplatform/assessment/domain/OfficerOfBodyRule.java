package org.sanctionsplatform.assessment.domain;

/**
 * Officers of a body (s.148, §2.4): where a penalty is payable by a body, an officer whose consent, connivance or
 * neglect the breach is attributable to may be penalised too, considered separately from the body, with separate
 * appeal rights. So an officer is assessed as a subject of its own, and only once the body has a penalty.
 */
public final class OfficerOfBodyRule {

    public static final String NAME = "OfficerOfBody";
    public static final String SECTION = "2.4 (s.148)";
    public static final String PREVIOUS_SECTION = "s.148";

    /** Whether the officer's own penalty can be imposed: the body has a penalty decision with a baseline. */
    public RuleResult<Boolean> apply(Subject officer, CaseFile file, LikelyOutcome outcome, RulebookVersion rulebook) {
        Subject body = null;
        for (Subject s : file.subjects()) {
            if (s.subjectId().equals(officer.officerOfSubjectId())) {
                body = s;
            }
        }
        boolean bodyPenalised = outcome.isPenalty() && file.latestDecisionFor(officer.officerOfSubjectId())
                .map(d -> d.baseline() != null).orElse(false);
        var inputs = RuleResult.inputs(
                "officerSubjectId", officer.subjectId(),
                "bodySubjectId", officer.officerOfSubjectId(),
                "bodyHasPenalty", bodyPenalised);
        String bodyName = body == null ? officer.officerOfSubjectId() : body.name();
        String text = officer.name() + " is an officer of " + bodyName + ": assessed separately from the body, with"
                + " a separate penalty and separate review and appeal rights (s.148" + (Citation.previous(rulebook) ? ")"
                : ", §2.4)")
                + (bodyPenalised ? "" : "; no penalty is payable by the body yet, so none can be imposed on the officer"
                + " (s.148(1))");
        return new RuleResult<>(bodyPenalised, NAME, Citation.of(rulebook, SECTION, PREVIOUS_SECTION), inputs, text);
    }
}
