package org.sanctionsplatform.assessment.adapters.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sanctionsplatform.assessment.domain.Breach;
import org.sanctionsplatform.assessment.domain.CalendarDivision;
import org.sanctionsplatform.assessment.domain.CaseDraft;
import org.sanctionsplatform.assessment.domain.CaseFactor;
import org.sanctionsplatform.assessment.domain.Conduct;
import org.sanctionsplatform.assessment.domain.FactorEffect;
import org.sanctionsplatform.assessment.domain.FactorFinding;
import org.sanctionsplatform.assessment.domain.FactorRatings;
import org.sanctionsplatform.assessment.domain.FixedPenaltyHistory;
import org.sanctionsplatform.assessment.domain.Milestone;
import org.sanctionsplatform.assessment.domain.PenaltyDecision;
import org.sanctionsplatform.assessment.domain.Procedure;
import org.sanctionsplatform.assessment.domain.SeriousnessLevel;
import org.sanctionsplatform.assessment.domain.Severity;
import org.sanctionsplatform.assessment.domain.Subject;
import org.sanctionsplatform.assessment.domain.SubjectType;
import org.sanctionsplatform.assessment.domain.VoluntaryDisclosure;
import org.sanctionsplatform.events.cases.BreachType;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.guidance.limits.InputLimits;
import org.sanctionsplatform.support.problem.FieldViolation;

/**
 * Reads a {@link PreviewRequest} into a {@link CaseDraft}, noting every field that is missing or cannot be read (an
 * unknown symbol, a malformed date, number or boolean) instead of failing on the first. Symbols are those of the
 * case events (enforcement.case-events.v1), without their UNKNOWN fallback.
 */
final class PreviewReader {

    private final List<FieldViolation> problems = new ArrayList<>();

    List<FieldViolation> problems() {
        return problems;
    }

    /** The draft, or null when a required part could not be read (the problems say why). */
    CaseDraft read(PreviewRequest body) {
        if (body == null) {
            problems.add(new FieldViolation("body", "a case as JSON is required"));
            return null;
        }
        String caseId = body.caseId() == null || body.caseId().isBlank() ? "preview" : body.caseId().trim();
        String reference = body.caseReference() == null || body.caseReference().isBlank() ? "PREVIEW" : body.caseReference();
        LocalDate openedOn = date(body.openedOn(), "openedOn", true);
        Procedure procedure = symbol(body.procedure(), "procedure", true, name -> Procedure.valueOf(name),
                names(Procedure.CIVIL_MONETARY_PENALTY, Procedure.FIXED_MONETARY_PENALTY));
        CalendarDivision division = symbol(body.calendarDivision(), "calendarDivision", false,
                CalendarDivision::valueOf, names(CalendarDivision.values()));
        List<Subject> subjects = new ArrayList<>();
        List<PreviewRequest.SubjectRequest> subjectRequests = list(body.subjects(), "subjects", InputLimits.MAX_SUBJECTS);
        for (int i = 0; i < subjectRequests.size(); i++) {
            PreviewRequest.SubjectRequest s = subjectRequests.get(i);
            String at = "subjects[" + i + "].";
            if (s == null) {
                problems.add(new FieldViolation("subjects[" + i + "]", "must be a subject"));
                continue;
            }
            String id = text(s.subjectId(), at + "subjectId");
            String name = text(s.name(), at + "name");
            SubjectType type = symbol(s.subjectType(), at + "subjectType", true, SubjectType::valueOf,
                    names(SubjectType.INDIVIDUAL, SubjectType.LEGAL_PERSON));
            Integer warnings = whole(s.priorFixedPenaltyWarnings(), at + "priorFixedPenaltyWarnings");
            BigDecimal prior = money(s.priorFixedPenalty(), at + "priorFixedPenalty");
            if (id != null && name != null) {
                subjects.add(new Subject(id, name, type, s.officerOfSubjectId(),
                        new FixedPenaltyHistory(warnings == null ? 0 : warnings, prior)));
            }
        }
        List<Breach> breaches = new ArrayList<>();
        List<PreviewRequest.BreachRequest> breachRequests = list(body.breaches(), "breaches", InputLimits.MAX_BREACHES);
        for (int i = 0; i < breachRequests.size(); i++) {
            PreviewRequest.BreachRequest b = breachRequests.get(i);
            String at = "breaches[" + i + "].";
            if (b == null) {
                problems.add(new FieldViolation("breaches[" + i + "]", "must be a breach"));
                continue;
            }
            String id = text(b.breachId(), at + "breachId");
            String type = symbol(b.breachType(), at + "breachType", true, n -> BreachType.valueOf(n).name(),
                    avroSymbols(BreachType.values()));
            LocalDate on = date(b.breachDate(), at + "breachDate", true);
            BigDecimal value = money(b.estimatedValue(), at + "estimatedValue");
            Boolean established = yesNo(b.establishedOnBalanceOfProbabilities(),
                    at + "establishedOnBalanceOfProbabilities", true);
            Boolean knew = yesNo(b.knewOrHadReasonableCauseToSuspect(), at + "knewOrHadReasonableCauseToSuspect", false);
            if (id != null && on != null) {
                breaches.add(new Breach(id, b.subjectId(), type, b.regime(), b.regulation(), on, value,
                        Boolean.TRUE.equals(established), knew,
                        b.withdrawnReason() == null || b.withdrawnReason().isBlank() ? null : b.withdrawnReason(),
                        optional(b.sharesFundsWithBreachId())));
            }
        }
        List<VoluntaryDisclosure> disclosures = new ArrayList<>();
        List<PreviewRequest.DisclosureRequest> disclosureRequests = list(body.disclosures(), "disclosures", InputLimits.MAX_DISCLOSURES);
        for (int i = 0; i < disclosureRequests.size(); i++) {
            PreviewRequest.DisclosureRequest d = disclosureRequests.get(i);
            String at = "disclosures[" + i + "].";
            if (d == null) {
                problems.add(new FieldViolation("disclosures[" + i + "]", "must be a disclosure"));
                continue;
            }
            LocalDate on = date(d.disclosedOn(), at + "disclosedOn", true);
            // Required (§6.5), and said so by the rulebook's check once everything can be read.
            LocalDate discovered = date(d.discoveredOn(), at + "discoveredOn", false);
            disclosures.add(new VoluntaryDisclosure(text(d.subjectId(), at + "subjectId"), on,
                    flag(d.requestedOrRequiredByOfsi(), at + "requestedOrRequiredByOfsi"),
                    flag(d.ofsiAlreadyAware(), at + "ofsiAlreadyAware"),
                    flag(d.compelledByOtherInvestigation(), at + "compelledByOtherInvestigation"),
                    flag(d.completeAndAccurate(), at + "completeAndAccurate"), d.cooperation(), discovered,
                    optional(d.madeBy())));
        }
        FactorRatings ratings = body.factors() == null ? null : factors(body.factors());
        List<Milestone> milestones = new ArrayList<>();
        List<PreviewRequest.MilestoneRequest> milestoneRequests = list(body.milestones(), "milestones", InputLimits.MAX_MILESTONES);
        for (int i = 0; i < milestoneRequests.size(); i++) {
            PreviewRequest.MilestoneRequest m = milestoneRequests.get(i);
            String at = "milestones[" + i + "].";
            if (m == null) {
                problems.add(new FieldViolation("milestones[" + i + "]", "must be a milestone"));
                continue;
            }
            String id = text(m.milestoneId(), at + "milestoneId");
            String type = symbol(m.milestone(), at + "milestone", true, n -> MilestoneType.valueOf(n).name(),
                    avroSymbols(MilestoneType.values()));
            LocalDate on = date(m.occurredOn(), at + "occurredOn", true);
            String window = symbol(m.windowKind(), at + "windowKind", false, n -> WindowKind.valueOf(n).name(),
                    avroSymbols(WindowKind.values()));
            Integer days = whole(m.extensionBusinessDays(), at + "extensionBusinessDays");
            if (id != null && type != null && on != null) {
                milestones.add(new Milestone(id, type, on, m.subjectId(), m.correctsMilestoneId(), window, days,
                        m.reason()));
            }
        }
        List<PenaltyDecision> decisions = new ArrayList<>();
        List<PreviewRequest.PenaltyDecisionRequest> decisionRequests = list(body.penaltyDecisions(), "penaltyDecisions", InputLimits.MAX_PENALTY_DECISIONS);
        for (int i = 0; i < decisionRequests.size(); i++) {
            PreviewRequest.PenaltyDecisionRequest p = decisionRequests.get(i);
            String at = "penaltyDecisions[" + i + "].";
            if (p == null) {
                problems.add(new FieldViolation("penaltyDecisions[" + i + "]", "must be a penalty decision"));
                continue;
            }
            String subject = text(p.subjectId(), at + "subjectId");
            LocalDate on = date(p.decidedOn(), at + "decidedOn", true);
            BigDecimal baseline = money(p.baseline(), at + "baseline");
            BigDecimal vd = percent(p.voluntaryDisclosureDiscountPercent(), at + "voluntaryDisclosureDiscountPercent");
            BigDecimal eas = percent(p.earlyAccountDiscountPercent(), at + "earlyAccountDiscountPercent");
            boolean settlement = flag(p.settlementDiscountClaimed(), at + "settlementDiscountClaimed");
            BigDecimal hardship = money(p.hardshipReduction(), at + "hardshipReduction");
            if (subject != null && on != null) {
                decisions.add(new PenaltyDecision(subject, on, p.decisionMaker(), baseline, p.baselineDepartureReason(),
                        vd, eas, settlement, hardship, p.hardshipReason(), p.instalmentPlan(), p.rationale(),
                        optional(p.component())));
            }
        }
        return new CaseDraft(caseId, reference, openedOn, procedure, division, subjects, breaches, disclosures,
                ratings, milestones, decisions);
    }

    private FactorRatings factors(PreviewRequest.FactorsRequest f) {
        List<FactorFinding> findings = new ArrayList<>();
        List<PreviewRequest.FindingRequest> requests = list(f.findings(), "factors.findings", InputLimits.MAX_FINDINGS);
        for (int i = 0; i < requests.size(); i++) {
            PreviewRequest.FindingRequest r = requests.get(i);
            String at = "factors.findings[" + i + "].";
            if (r == null) {
                problems.add(new FieldViolation("factors.findings[" + i + "]", "must be a finding"));
                continue;
            }
            CaseFactor factor = symbol(r.factor(), at + "factor", true, CaseFactor::valueOf, names(CaseFactor.values()));
            FactorEffect effect = symbol(r.effect(), at + "effect", true, FactorEffect::valueOf,
                    names(FactorEffect.values()));
            if (factor != null && effect != null) {
                findings.add(new FactorFinding(factor, effect, r.rationale()));
            }
        }
        Severity severity = symbol(f.severity(), "factors.severity", false, Severity::valueOf, names(Severity.values()));
        Conduct conduct = symbol(f.conduct(), "factors.conduct", false, Conduct::valueOf, names(Conduct.values()));
        Integer decided = whole(f.decidedLevel(), "factors.decidedLevel");
        SeriousnessLevel level = null;
        if (decided != null) {
            level = SeriousnessLevel.ofNumber(decided).orElse(null);
            if (level == null) {
                problems.add(new FieldViolation("factors.decidedLevel", "must be a level from 1 to 4 (§5.8)"));
            }
        }
        boolean publicInterest = flag(f.publicInterestStopsAction(), "factors.publicInterestStopsAction");
        LocalDate assessedOn = date(f.assessedOn(), "factors.assessedOn", false);
        return new FactorRatings(severity, conduct, level, f.levelDepartureReason(), publicInterest,
                f.publicInterestReason(), f.assessedBy(), assessedOn, findings);
    }

    /**
     * A preview is one case: each list is bounded as intake bounds a case (guidance-rules' InputLimits), which keeps one
     * request, and its answer (the explanation has steps per breach, subject and decision), in proportion.
     */
    private <T> List<T> list(List<T> items, String field, int max) {
        if (items == null) {
            return List.of();
        }
        Optional<String> tooMany = InputLimits.sizeProblem(items.size(), max);
        if (tooMany.isPresent()) {
            problems.add(new FieldViolation(field, tooMany.get()));
            return List.of();
        }
        return items;
    }

    /** Trimmed text, or null when absent or blank. */
    private static String optional(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private String text(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            problems.add(new FieldViolation(field, "is required"));
            return null;
        }
        return raw.trim();
    }

    private <T> T symbol(String raw, String field, boolean required, Function<String, T> parse, Set<String> allowed) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(new FieldViolation(field, "is required; one of " + String.join(", ", allowed)));
            }
            return null;
        }
        String name = raw.trim();
        if (!allowed.contains(name)) {
            problems.add(new FieldViolation(field, "must be one of " + String.join(", ", allowed)));
            return null;
        }
        return parse.apply(name);
    }

    private LocalDate date(String raw, String field, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(new FieldViolation(field, "is required: a date like 2026-03-02"));
            }
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException malformed) {
            problems.add(new FieldViolation(field, "must be a date like 2026-03-02"));
            return null;
        }
    }

    /** An amount within InputLimits (13 digits of pounds, 2 of pence), its text checked before any conversion. */
    private BigDecimal money(String raw, String field) {
        return raw == null || raw.isBlank() ? null : checked(raw, field, InputLimits.moneyProblem(raw));
    }

    /** A percentage from 0 to 100 (InputLimits). */
    private BigDecimal percent(String raw, String field) {
        return raw == null || raw.isBlank() ? null : checked(raw, field, InputLimits.percentProblem(raw));
    }

    /** A whole number of at most 9 digits (InputLimits). */
    private Integer whole(String raw, String field) {
        BigDecimal number = raw == null || raw.isBlank() ? null : checked(raw, field, InputLimits.wholeProblem(raw));
        return number == null ? null : number.intValueExact();
    }

    private BigDecimal checked(String raw, String field, Optional<String> problem) {
        if (problem.isPresent()) {
            problems.add(new FieldViolation(field, problem.get()));
            return null;
        }
        return new BigDecimal(raw.strip());
    }

    private Boolean yesNo(String raw, String field, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                problems.add(new FieldViolation(field, "is required: true or false"));
            }
            return null;
        }
        return switch (raw.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(new FieldViolation(field, "must be true or false"));
                yield null;
            }
        };
    }

    private boolean flag(String raw, String field) {
        return Boolean.TRUE.equals(yesNo(raw, field, false));
    }

    @SafeVarargs
    private static <E extends Enum<E>> Set<String> names(E... values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Set<String> avroSymbols(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).filter(n -> !n.equals("UNKNOWN"))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
