package org.sanctionsplatform.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.guidance.limits.InputLimits;

/**
 * What opening a case needs: an opening date not in the future, an origin, at least one subject with a name
 * and type, officers linked only to bodies (s.148, §2.4), and well-formed breaches against those subjects.
 */
public final class CaseOpeningPolicy {

    public static final int MAX_SUBJECTS = InputLimits.MAX_SUBJECTS;
    public static final int MAX_BREACHES = InputLimits.MAX_BREACHES;

    private CaseOpeningPolicy() {
    }

    /**
     * @param subjectIds the id each requested subject will have (given or generated), in request order
     */
    public static List<Violation> check(OpenCase command, List<SubjectId> subjectIds, LocalDate today) {
        Checks checks = new Checks();
        if (command.caseReference() != null && !CaseReference.isWellFormed(command.caseReference())) {
            checks.add("caseReference",
                    "must be 1 to 40 letters, digits or '-', '/', '.', '_', starting with a letter or digit");
        }
        checks.pastDate(command.openedOn(), "openedOn", today, null, null);
        checks.required(command.origin(), "origin");
        checks.optionalText(command.summary(), "summary", Checks.TEXT_LENGTH);
        List<OpenCase.Subject> subjects = command.subjects();
        if (subjects == null || subjects.isEmpty()) {
            checks.add("subjects", "must name at least one subject");
        } else if (subjects.size() > MAX_SUBJECTS) {
            checks.add("subjects", "must name at most " + MAX_SUBJECTS + " subjects");
        } else {
            checkSubjects(subjects, subjectIds, checks);
        }
        if (command.breaches().size() > MAX_BREACHES) {
            checks.add("breaches", "must list at most " + MAX_BREACHES + " breaches");
        } else if (subjects != null) {
            for (int i = 0; i < command.breaches().size(); i++) {
                checks.addAll(BreachPolicy.check(command.breaches().get(i), "breaches[" + i + "]", subjectIds, List.of(), i,
                        command.breaches().size(), today));
            }
        }
        return checks.violations();
    }

    private static void checkSubjects(List<OpenCase.Subject> subjects, List<SubjectId> ids, Checks checks) {
        Map<String, Integer> givenIds = new HashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            OpenCase.Subject subject = subjects.get(i);
            String p = "subjects[" + i + "].";
            if (subject == null) {
                checks.add("subjects[" + i + "]", "is required");
                continue;
            }
            if (subject.subjectId() != null) {
                if (!SubjectId.isWellFormed(subject.subjectId())) {
                    checks.add(p + "subjectId", "must be 1 to 64 letters, digits or '-', '_', '.', ':'");
                } else {
                    Integer earlier = givenIds.putIfAbsent(subject.subjectId(), i);
                    if (earlier != null) {
                        checks.add(p + "subjectId", "repeats subjects[" + earlier + "].subjectId");
                    }
                }
            }
            checks.requiredText(subject.name(), p + "name", Checks.NAME_LENGTH);
            checks.required(subject.subjectType(), p + "subjectType");
            checkFixedPenaltyHistory(subject, p, checks);
        }
        for (int i = 0; i < subjects.size(); i++) {
            OpenCase.Subject subject = subjects.get(i);
            if (subject != null) {
                checkOfficer(subject, i, subjects, givenIds, checks);
            }
        }
    }

    /** §13.1–13.2, Figure 13A: earlier warning letters are counted, an earlier fixed penalty is £5,000 or £10,000. */
    private static void checkFixedPenaltyHistory(OpenCase.Subject subject, String p, Checks checks) {
        if (subject.priorFixedPenaltyWarnings() != null && subject.priorFixedPenaltyWarnings() < 0) {
            checks.add(p + "priorFixedPenaltyWarnings", "must not be negative");
        }
        java.math.BigDecimal prior = subject.priorFixedPenalty();
        if (prior != null && prior.compareTo(new java.math.BigDecimal("5000")) != 0
                && prior.compareTo(new java.math.BigDecimal("10000")) != 0) {
            checks.add(p + "priorFixedPenalty", "a fixed penalty is 5000.00 or 10000.00 (§13.2)");
        }
    }

    /** s.148, §2.4: an officer is linked to a body (a legal person) that is not itself an officer. */
    private static void checkOfficer(OpenCase.Subject subject, int index, List<OpenCase.Subject> subjects,
                                     Map<String, Integer> givenIds, Checks checks) {
        String p = "subjects[" + index + "].";
        if (subject.officerOf() != null && subject.officerOfIndex() != null) {
            checks.add(p + "officerOfIndex", "give officerOf or officerOfIndex, not both");
            return;
        }
        String field;
        Integer body;
        if (subject.officerOf() != null) {
            field = p + "officerOf";
            body = givenIds.get(subject.officerOf());
            if (body == null) {
                checks.add(field, "is not the subjectId of another subject in this case");
                return;
            }
        } else if (subject.officerOfIndex() != null) {
            field = p + "officerOfIndex";
            body = subject.officerOfIndex();
            if (body < 0 || body >= subjects.size()) {
                checks.add(field, "must be from 0 to " + (subjects.size() - 1) + " (a position in subjects)");
                return;
            }
        } else {
            return;
        }
        OpenCase.Subject bodySubject = subjects.get(body);
        if (body == index) {
            checks.add(field, "a subject cannot be an officer of itself");
        } else if (bodySubject == null) {
            checks.add(field, "names a missing subject");
        } else if (bodySubject.subjectType() != null && bodySubject.subjectType() != SubjectType.LEGAL_PERSON) {
            checks.add(field, "must name a body (a LEGAL_PERSON): s.148 penalises officers of a body (§2.4)");
        } else if (bodySubject.officerOf() != null || bodySubject.officerOfIndex() != null) {
            checks.add(field, "must name a body that is not itself recorded as an officer");
        }
    }

    /** The subjects of a command that passed {@link #check}, with their final ids. */
    static List<CaseSubject> toSubjects(OpenCase command, List<SubjectId> ids) {
        Map<String, SubjectId> byGivenId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (command.subjects().get(i).subjectId() != null) {
                byGivenId.put(command.subjects().get(i).subjectId(), ids.get(i));
            }
        }
        List<CaseSubject> subjects = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            OpenCase.Subject s = command.subjects().get(i);
            SubjectId officerOf = s.officerOf() != null ? byGivenId.get(s.officerOf())
                    : s.officerOfIndex() != null ? ids.get(s.officerOfIndex()) : null;
            subjects.add(new CaseSubject(ids.get(i), s.name().strip(), s.subjectType(), officerOf,
                    s.priorFixedPenaltyWarnings() == null ? 0 : s.priorFixedPenaltyWarnings(),
                    s.priorFixedPenalty() == null ? null : s.priorFixedPenalty().setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        return subjects;
    }
}
