package org.sanctionsplatform.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanctionsplatform.guidance.penalty.PenaltyComponents;

/**
 * Everything the rulebook needs to know about one case: procedure, calendar division, subjects (with their
 * fixed-penalty history, §13), breaches (withdrawn ones included),
 * voluntary disclosures, the officer's ratings, milestones, penalty decisions and closure. Immutable:
 * {@link #apply} returns the next version. {@code inputVersion} counts the case events applied.
 */
public record CaseFile(
        String caseId,
        String caseReference,
        Procedure procedure,
        LocalDate openedOn,
        CalendarDivision calendarDivision,
        List<Subject> subjects,
        List<Breach> breaches,
        List<VoluntaryDisclosure> disclosures,
        FactorRatings ratings,
        List<Milestone> milestones,
        List<PenaltyDecision> penaltyDecisions,
        Closure closure,
        int inputVersion) {

    public CaseFile {
        Objects.requireNonNull(caseId, "caseId");
        procedure = procedure == null ? Procedure.UNKNOWN : procedure;
        calendarDivision = calendarDivision == null ? CalendarDivision.DEFAULT : calendarDivision;
        subjects = List.copyOf(subjects);
        breaches = List.copyOf(breaches);
        disclosures = List.copyOf(disclosures);
        milestones = List.copyOf(milestones);
        penaltyDecisions = List.copyOf(penaltyDecisions);
    }

    /** A file for a case not opened yet: the first event of a case is expected to be {@link CaseInput.Opened}. */
    public static CaseFile unopened(String caseId) {
        return new CaseFile(caseId, null, Procedure.UNKNOWN, null, null, List.of(), List.of(), List.of(), null,
                List.of(), List.of(), null, 0);
    }

    public boolean opened() {
        return caseReference != null;
    }

    /** The result of applying one case event: the next file, and whether the assessment's inputs changed. */
    public record Applied(CaseFile file, boolean inputsChanged) {
    }

    /**
     * Applies one case event. Every event counts towards {@code inputVersion}; an event that repeats what the
     * file already says (a breach withdrawn twice, a milestone recorded twice) leaves the inputs unchanged.
     */
    public Applied apply(CaseInput input) {
        int version = inputVersion + 1;
        if (input instanceof CaseInput.Opened o) {
            return changed(new CaseFile(caseId, o.caseReference(), o.procedure(), o.openedOn(),
                    o.calendarDivision(), o.subjects(),
                    breaches, disclosures, ratings, milestones, penaltyDecisions, closure, version));
        }
        if (input instanceof CaseInput.BreachRecorded b) {
            return changed(with(version).breaches(replaceBreach(b.breach())));
        }
        if (input instanceof CaseInput.BreachWithdrawn w) {
            return withdraw(w, version);
        }
        if (input instanceof CaseInput.DisclosureRecorded d) {
            return changed(with(version).disclosures(append(disclosures, d.disclosure())));
        }
        if (input instanceof CaseInput.FactorsAssessed f) {
            return changed(with(version).ratings(f.ratings()));
        }
        if (input instanceof CaseInput.MilestoneRecorded m) {
            return recordMilestone(m.milestone(), version);
        }
        if (input instanceof CaseInput.PenaltyDecided p) {
            return changed(with(version).penaltyDecisions(append(penaltyDecisions, p.decision())));
        }
        if (input instanceof CaseInput.Closed c) {
            return changed(with(version).closure(c.closure()));
        }
        if (input instanceof CaseInput.NotAnInput) {
            return new Applied(with(version).milestones(milestones), false);
        }
        throw new IllegalArgumentException("unknown case input " + input);
    }

    /** The earliest notice of intention to impose a penalty. */
    public Optional<LocalDate> firstNoticeOfIntention() {
        return firstOf(Milestone.NOTICE_OF_INTENTION);
    }

    /**
     * The first formal decision whether to take enforcement action (§5 introduction): the earliest decision to issue a
     * notice of intention or to make a Disclosure (a notice of intended Disclosure, or the Disclosure decided), with
     * its name; empty when none is recorded.
     */
    public Optional<Milestone> firstFormalDecision() {
        return standingMilestones().stream()
                .filter(m -> m.isNoticeOfIntention() || m.is(Milestone.NOTICE_OF_INTENDED_DISCLOSURE)
                        || m.is(Milestone.DISCLOSURE_DECIDED))
                .min(Comparator.comparing(Milestone::occurredOn).thenComparing(Milestone::milestoneId));
    }

    /** The final decision, if made (it ends the transitional process of §6.9). */
    public Optional<LocalDate> finalDecision() {
        return firstOf(Milestone.FINAL_DECISION);
    }

    private Optional<LocalDate> firstOf(String milestoneType) {
        return standingMilestones().stream().filter(m -> m.is(milestoneType)).map(Milestone::occurredOn)
                .min(Comparator.naturalOrder());
    }

    /**
     * The milestones that count: every milestone recorded, but for those a later correction replaced
     * ({@link #milestones} keeps them all, in the order recorded, so that the windows can be replayed as the deadline
     * service ran them).
     */
    public List<Milestone> standingMilestones() {
        java.util.Set<String> corrected = new java.util.HashSet<>();
        milestones.forEach(m -> {
            if (m.correctsMilestoneId() != null) {
                corrected.add(m.correctsMilestoneId());
            }
        });
        return milestones.stream().filter(m -> !corrected.contains(m.milestoneId())).toList();
    }

    public Optional<LocalDate> firstPenaltyDecision() {
        return penaltyDecisions.stream().map(PenaltyDecision::decidedOn).min(Comparator.naturalOrder());
    }

    /**
     * The decisions in force for a subject, one per penalty component (the latest decided per component, the later
     * recorded on the same day), the single unnamed penalty first, then components by name.
     */
    public List<PenaltyDecision> decisionsInForceFor(String subjectId) {
        return PenaltyComponents.inForce(penaltyDecisions.stream().filter(d -> d.subjectId().equals(subjectId)).toList(),
                PenaltyDecision::subjectId, PenaltyDecision::component, PenaltyDecision::decidedOn);
    }

    /** The latest decision for a subject whatever its component: the latest decided, the later recorded on the same day. */
    public Optional<PenaltyDecision> latestDecisionFor(String subjectId) {
        PenaltyDecision latest = null;
        for (PenaltyDecision d : penaltyDecisions) {
            if (d.subjectId().equals(subjectId) && (latest == null || !d.decidedOn().isBefore(latest.decidedOn()))) {
                latest = d;
            }
        }
        return Optional.ofNullable(latest);
    }

    private Applied withdraw(CaseInput.BreachWithdrawn w, int version) {
        List<Breach> next = new ArrayList<>(breaches.size());
        boolean changed = false;
        for (Breach b : breaches) {
            if (b.breachId().equals(w.breachId()) && !b.withdrawn()) {
                next.add(b.withdraw(w.reason()));
                changed = true;
            } else {
                next.add(b);
            }
        }
        return new Applied(with(version).breaches(next), changed);
    }

    private Applied recordMilestone(Milestone m, int version) {
        boolean known = milestones.stream().anyMatch(existing -> existing.equals(m));
        if (known) {
            return new Applied(with(version).milestones(milestones), false);
        }
        List<Milestone> next = new ArrayList<>(milestones);
        // Every record is kept in the order recorded: a correction stands in place of the milestone it corrects for
        // the rules (standingMilestones: a mistyped notice date no longer picks the rulebook), and the windows replay
        // both as the deadline service applied them (CaseFileWindows).
        next.removeIf(existing -> existing.milestoneId().equals(m.milestoneId()));
        next.add(m);
        return changed(with(version).milestones(next));
    }

    private List<Breach> replaceBreach(Breach breach) {
        List<Breach> next = new ArrayList<>(breaches);
        next.removeIf(existing -> existing.breachId().equals(breach.breachId()));
        next.add(breach);
        return next;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }

    private static Applied changed(CaseFile file) {
        return new Applied(file, true);
    }

    private Builder with(int version) {
        return new Builder(this, version);
    }

    private static final class Builder {
        private final CaseFile base;
        private final int version;

        Builder(CaseFile base, int version) {
            this.base = base;
            this.version = version;
        }

        CaseFile breaches(List<Breach> breaches) {
            return copy(breaches, base.disclosures, base.ratings, base.milestones, base.penaltyDecisions, base.closure);
        }

        CaseFile disclosures(List<VoluntaryDisclosure> disclosures) {
            return copy(base.breaches, disclosures, base.ratings, base.milestones, base.penaltyDecisions, base.closure);
        }

        CaseFile ratings(FactorRatings ratings) {
            return copy(base.breaches, base.disclosures, ratings, base.milestones, base.penaltyDecisions, base.closure);
        }

        CaseFile milestones(List<Milestone> milestones) {
            return copy(base.breaches, base.disclosures, base.ratings, milestones, base.penaltyDecisions, base.closure);
        }

        CaseFile penaltyDecisions(List<PenaltyDecision> decisions) {
            return copy(base.breaches, base.disclosures, base.ratings, base.milestones, decisions, base.closure);
        }

        CaseFile closure(Closure closure) {
            return copy(base.breaches, base.disclosures, base.ratings, base.milestones, base.penaltyDecisions, closure);
        }

        private CaseFile copy(List<Breach> breaches, List<VoluntaryDisclosure> disclosures, FactorRatings ratings,
                              List<Milestone> milestones, List<PenaltyDecision> decisions, Closure closure) {
            return new CaseFile(base.caseId, base.caseReference, base.procedure, base.openedOn,
                    base.calendarDivision, base.subjects,
                    breaches, disclosures, ratings, milestones, decisions, closure, version);
        }
    }
}
