package org.sanctionsplatform.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.sanctionsplatform.guidance.limits.InputLimits;

/**
 * A breach case, the aggregate of intake: its subjects (§2.4), the breaches recorded against them (§2.3,
 * §5.2), voluntary disclosures (§6.5), the officer's case-factor assessment (§5.5–5.9), the procedure's
 * milestones (chapters 4, 6–10, 12), penalty decisions (§6.10, §7.2) and its closure.
 *
 * <p>Business methods never change the case: each checks the command against the policies and returns an
 * {@link Outcome}, either the events to record (and the case after them) or a rejection with every reason.
 * Nothing is recorded on a closed case.
 *
 * @param recordedAt       when the platform recorded the opening (orders the case list)
 * @param factorAssessment the current assessment, or null
 * @param closure          set once closed
 */
public record BreachCase(CaseId id, CaseReference reference, LocalDate openedOn, CaseProcedure procedure,
                         CaseOrigin origin, CalendarDivision calendarDivision, String summary, Instant recordedAt,
                         List<CaseSubject> subjects, List<Breach> breaches, List<VoluntaryDisclosure> voluntaryDisclosures,
                         FactorAssessment factorAssessment, List<ProcedureMilestone> milestones,
                         List<PenaltyDecision> penaltyDecisions, CaseClosure closure,
                         List<PublicationStep> publicationSteps) {

    public BreachCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(calendarDivision, "calendarDivision");
        Objects.requireNonNull(recordedAt, "recordedAt");
        subjects = List.copyOf(subjects);
        breaches = List.copyOf(breaches);
        voluntaryDisclosures = List.copyOf(voluntaryDisclosures);
        milestones = List.copyOf(milestones);
        penaltyDecisions = List.copyOf(penaltyDecisions);
        publicationSteps = publicationSteps == null ? List.of() : List.copyOf(publicationSteps);
    }

    // ---- opening -------------------------------------------------------------------------------------------

    /**
     * Checks a command to open a case without needing its reference yet (the reference is only drawn once
     * the command is known to be valid).
     */
    public static List<Violation> checkOpening(OpenCase command, EventRecorder recorder) {
        return CaseOpeningPolicy.check(command, subjectIdsFor(command, recorder), recorder.today());
    }

    /** Opens a case: CaseOpened, then one BreachRecorded per breach, all happening on the opening date. */
    public static Outcome open(CaseId id, CaseReference reference, OpenCase command, EventRecorder recorder) {
        List<SubjectId> subjectIds = subjectIdsFor(command, recorder);
        List<Violation> violations = CaseOpeningPolicy.check(command, subjectIds, recorder.today());
        if (!violations.isEmpty()) {
            return Outcome.rejected(Rejection.invalid(violations));
        }
        List<CaseEvent> events = new ArrayList<>();
        EventMetadata opening = recorder.happenedOn(id, command.openedOn());
        events.add(new CaseEvent.CaseOpened(opening, reference, command.openedOn(), command.procedureOrDefault(),
                command.origin(), CaseOpeningPolicy.toSubjects(command, subjectIds), command.calendarDivisionOrDefault(),
                VoluntaryDisclosurePolicy.blankToNull(command.summary())));
        List<BreachId> breachIds = new ArrayList<>();
        for (int i = 0; i < command.breaches().size(); i++) {
            breachIds.add(new BreachId(recorder.newId()));
        }
        for (int i = 0; i < command.breaches().size(); i++) {
            events.add(new CaseEvent.BreachRecorded(recorder.happenedOn(id, command.openedOn()),
                    BreachPolicy.toBreach(breachIds.get(i), command.breaches().get(i), subjectIds, breachIds)));
        }
        BreachCase after = opened((CaseEvent.CaseOpened) events.get(0));
        for (CaseEvent breachRecorded : events.subList(1, events.size())) {
            after = after.apply(breachRecorded);
        }
        return new Outcome.Accepted(after, events);
    }

    /** Given ids are kept (checked by the policy); missing or malformed ones get a new id, made in order. */
    private static List<SubjectId> subjectIdsFor(OpenCase command, EventRecorder recorder) {
        if (command.subjects() == null) {
            return List.of();
        }
        return command.subjects().stream()
                .map(s -> s != null && SubjectId.isWellFormed(s.subjectId()) ? new SubjectId(s.subjectId())
                        : new SubjectId(recorder.newId()))
                .toList();
    }

    private static BreachCase opened(CaseEvent.CaseOpened e) {
        return new BreachCase(e.caseId(), e.caseReference(), e.openedOn(), e.procedure(), e.origin(),
                e.calendarDivision(), e.summary(), e.metadata().recordedAt(), e.subjects(), List.of(), List.of(), null,
                List.of(), List.of(), null, List.of());
    }

    // ---- business methods ----------------------------------------------------------------------------------

    /**
     * Records a further breach against a subject of the case; a case holds at most guidance-rules' InputLimits
     * breaches, as when it is opened, so that what every service keeps and answers of one case stays bounded.
     */
    public Outcome recordBreach(RecordBreach command, EventRecorder recorder) {
        return whileOpen(() -> {
            if (breaches.size() >= InputLimits.MAX_BREACHES) {
                return Outcome.rejected(Rejection.refused("breaches", "the case already has " + breaches.size()
                        + " breaches, the most a case may have"));
            }
            List<SubjectId> ids = subjects.stream().map(CaseSubject::subjectId).toList();
            List<Violation> violations = BreachPolicy.check(command, "", ids,
                    breaches.stream().map(Breach::breachId).toList(), null, 0, recorder.today());
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            Breach breach = BreachPolicy.toBreach(new BreachId(recorder.newId()), command, ids, List.of());
            return Outcome.accepted(this, List.of(new CaseEvent.BreachRecorded(recorder.happeningNow(id), breach)));
        });
    }

    /** Withdraws a recorded breach from the case, with the reason. */
    public Outcome withdrawBreach(WithdrawBreach command, EventRecorder recorder) {
        return whileOpen(() -> {
            Optional<Breach> breach = breach(command.breachId());
            if (breach.isEmpty()) {
                return Outcome.rejected(Rejection.notFound("breachId", "no breach " + command.breachId() + " in case " + reference));
            }
            Checks checks = new Checks();
            checks.requiredText(command.reason(), "reason", Checks.TEXT_LENGTH);
            if (!checks.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(checks.violations()));
            }
            if (!breach.get().isActive()) {
                return Outcome.rejected(Rejection.refused("breachId", "the breach was already withdrawn: "
                        + breach.get().withdrawal().reason()));
            }
            return Outcome.accepted(this, List.of(new CaseEvent.BreachWithdrawn(recorder.happeningNow(id),
                    breach.get().breachId(), command.reason().strip())));
        });
    }

    /** Records a subject's disclosure of a breach (§6.5). */
    public Outcome recordVoluntaryDisclosure(RecordVoluntaryDisclosure command, EventRecorder recorder) {
        return whileOpen(() -> {
            List<Violation> violations = VoluntaryDisclosurePolicy.check(command, this, recorder.today());
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            EventMetadata metadata = recorder.happenedOn(id, command.disclosedOn());
            return Outcome.accepted(this, List.of(new CaseEvent.VoluntaryDisclosureRecorded(metadata,
                    VoluntaryDisclosurePolicy.toDisclosure(metadata.eventId(), command))));
        });
    }

    /** Records the officer's case-factor assessment (§5.5–5.9), replacing any earlier one. */
    public Outcome assessFactors(AssessCaseFactors command, EventRecorder recorder) {
        return whileOpen(() -> {
            List<Violation> violations = FactorAssessmentPolicy.check(command, this, recorder.today());
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            if (activeBreaches().isEmpty()) {
                return Outcome.rejected(Rejection.refused("breaches",
                        "the case has no recorded breach to assess: OFSI first establishes the breach (§5.1–5.2)"));
            }
            EventMetadata metadata = recorder.happenedOn(id, command.assessedOn());
            return Outcome.accepted(this, List.of(new CaseEvent.CaseFactorsAssessed(metadata,
                    FactorAssessmentPolicy.toAssessment(metadata.eventId(), command))));
        });
    }

    /**
     * Records a procedural step if the procedure so far allows it ({@link ProcedureRules}) and the deadline service can
     * apply it to the case's windows ({@link WindowRules}).
     */
    public Outcome recordMilestone(RecordMilestone command, EventRecorder recorder, WindowRules windows) {
        return whileOpen(() -> {
            List<Violation> violations = MilestonePolicy.check(command, this, recorder.today());
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            List<Violation> refusals = MilestonePolicy.refusals(command, this, windows);
            if (!refusals.isEmpty()) {
                return Outcome.rejected(new Rejection(Rejection.Kind.REFUSED, refusals));
            }
            ProcedureMilestone milestone = new ProcedureMilestone(new MilestoneId(recorder.newId()), command.milestone(),
                    command.occurredOn(), command.subjectId() == null ? null : new SubjectId(command.subjectId()),
                    command.correctsMilestoneId() == null ? null : new MilestoneId(command.correctsMilestoneId()),
                    command.windowKind(), command.extensionBusinessDays(), command.dueDateInLetter(),
                    VoluntaryDisclosurePolicy.blankToNull(command.reason()), null, command.penaltyOutcome());
            return Outcome.accepted(this, List.of(new CaseEvent.ProcedureMilestoneRecorded(
                    recorder.happenedOn(id, command.occurredOn()), milestone)));
        });
    }

    /** Records the decision maker's penalty decision for a subject (§6.10, §7.2). */
    public Outcome recordPenaltyDecision(RecordPenaltyDecision command, EventRecorder recorder) {
        return whileOpen(() -> {
            List<Violation> violations = PenaltyDecisionPolicy.check(command, this, recorder.today());
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            if (activeBreaches().isEmpty()) {
                return Outcome.rejected(Rejection.refused("breaches",
                        "the case has no recorded breach: a penalty needs a breach (s.146, §6.1)"));
            }
            EventMetadata metadata = recorder.happenedOn(id, command.decidedOn());
            return Outcome.accepted(this, List.of(new CaseEvent.PenaltyDecisionRecorded(metadata,
                    PenaltyDecisionPolicy.toDecision(metadata.eventId(), command))));
        });
    }

    // ---- publication (issue 10.6, chapters 11–13) ------------------------------------------------------------

    /**
     * The decision maker decides whether to publish the penalty summary (§11.3; never withheld for a fixed penalty,
     * §13.3) or the Disclosure (§12.2). A Disclosure's decision also records the DISCLOSURE_DECIDED milestone when the
     * Disclosure is named (its representations came first).
     */
    public Outcome decidePublication(PublicationCommands.DecidePublication command, EventRecorder recorder,
                                     WindowRules windows) {
        return whileOpen(() -> {
            List<Violation> violations = PublicationPolicy.checkDecision(command, this, recorder.today());
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            List<Violation> refusals = PublicationPolicy.refuseDecision(command, this);
            if (!refusals.isEmpty()) {
                return Outcome.rejected(new Rejection(Rejection.Kind.REFUSED, refusals));
            }
            List<CaseEvent> events = new ArrayList<>();
            boolean namedDisclosure = command.scope() == PublicationStep.Scope.DISCLOSURE
                    && disclosureIntended().map(PublicationStep.DisclosureIntended::named).orElse(false);
            if (namedDisclosure) {
                Optional<Rejection> milestoneRefused = milestoneAlongside(RecordMilestone.of(
                        org.sanctionsplatform.guidance.windows.Milestone.DISCLOSURE_DECIDED, command.decidedOn()),
                        recorder, windows, events);
                if (milestoneRefused.isPresent()) {
                    return Outcome.rejected(milestoneRefused.get());
                }
            }
            events.add(new CaseEvent.PublicationStepRecorded(recorder.happenedOn(id, command.decidedOn()),
                    new PublicationStep.PublicationDecided(recorder.newId(), command.scope(), command.decision(),
                            VoluntaryDisclosurePolicy.blankToNull(command.reason()), command.coverage(),
                            VoluntaryDisclosurePolicy.blankToNull(command.amendment()), command.decidedOn(),
                            command.decidedBy())));
            return Outcome.accepted(this, events);
        });
    }

    /**
     * Notice of an intended Disclosure (§12.2): named, with the NOTICE_OF_INTENDED_DISCLOSURE milestone that opens
     * the 30 business days of representations; unnamed (lessons only, §12.3), without representations.
     */
    public Outcome intendDisclosure(PublicationCommands.IntendDisclosure command, EventRecorder recorder,
                                    WindowRules windows) {
        return whileOpen(() -> {
            List<Violation> violations = PublicationPolicy.checkDisclosure(command, this, recorder.today());
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            List<Violation> refusals = PublicationPolicy.refuseDisclosure(command, this);
            if (!refusals.isEmpty()) {
                return Outcome.rejected(new Rejection(Rejection.Kind.REFUSED, refusals));
            }
            List<CaseEvent> events = new ArrayList<>();
            MilestoneId notice = null;
            if (command.named()) {
                Optional<Rejection> milestoneRefused = milestoneAlongside(RecordMilestone.of(
                        org.sanctionsplatform.guidance.windows.Milestone.NOTICE_OF_INTENDED_DISCLOSURE,
                        command.noticeOn()), recorder, windows, events);
                if (milestoneRefused.isPresent()) {
                    return Outcome.rejected(milestoneRefused.get());
                }
                notice = ((CaseEvent.ProcedureMilestoneRecorded) events.get(0)).milestone().milestoneId();
            }
            events.add(new CaseEvent.PublicationStepRecorded(recorder.happenedOn(id, command.noticeOn()),
                    new PublicationStep.DisclosureIntended(recorder.newId(), command.named(), command.ground(),
                            VoluntaryDisclosurePolicy.blankToNull(command.designatedPerson()),
                            VoluntaryDisclosurePolicy.blankToNull(command.designatedPersonWithheldReason()),
                            command.noticeOn(), notice)));
            return Outcome.accepted(this, events);
        });
    }

    /** The officer's "true understanding" section (§11.1, §12.3); the latest one counts. */
    public Outcome writePublicationText(PublicationCommands.WriteText command, EventRecorder recorder) {
        return publicationStep(PublicationPolicy.checkText(command, this, recorder.today()),
                () -> PublicationPolicy.refuseText(command, this), recorder, command.writtenOn(),
                () -> new PublicationStep.TextWritten(command.scope(), command.trueUnderstanding().strip(),
                        command.writtenOn(), command.writtenBy()));
    }

    /** The Disclosure's text shared with the named person for factual accuracy (§12.2). */
    public Outcome sharePublicationText(PublicationCommands.ShareText command, EventRecorder recorder) {
        return publicationStep(PublicationPolicy.checkShared(command, this, recorder.today()),
                () -> PublicationPolicy.refuseShared(command, this), recorder, command.sharedOn(),
                () -> new PublicationStep.TextShared(command.scope(), command.sharedOn(), command.sharedBy()));
    }

    /** The publication officer releases the decided Disclosure (§12.2). */
    public Outcome authoriseRelease(PublicationCommands.AuthoriseRelease command, EventRecorder recorder) {
        return publicationStep(PublicationPolicy.checkRelease(command, this, recorder.today()),
                () -> PublicationPolicy.refuseRelease(command, this), recorder, command.authorisedOn(),
                () -> new PublicationStep.ReleaseAuthorised(command.scope(), command.authorisedOn(),
                        command.authorisedBy()));
    }

    private Outcome publicationStep(List<Violation> violations, Supplier<List<Violation>> refusals,
                                    EventRecorder recorder, LocalDate on, Supplier<PublicationStep> step) {
        return whileOpen(() -> {
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            List<Violation> refused = refusals.get();
            if (!refused.isEmpty()) {
                return Outcome.rejected(new Rejection(Rejection.Kind.REFUSED, refused));
            }
            return Outcome.accepted(this, List.of(new CaseEvent.PublicationStepRecorded(recorder.happenedOn(id, on),
                    step.get())));
        });
    }

    /** A milestone recorded together with a publication step, under the procedure table's rules. */
    private Optional<Rejection> milestoneAlongside(RecordMilestone milestone, EventRecorder recorder,
                                                   WindowRules windows, List<CaseEvent> events) {
        Outcome outcome = recordMilestone(milestone, recorder, windows);
        if (outcome instanceof Outcome.Rejected rejected) {
            return Optional.of(rejected.rejection());
        }
        events.addAll(((Outcome.Accepted) outcome).events());
        return Optional.empty();
    }

    /** Closes the case; nothing is recorded after this. */
    public Outcome close(CloseCase command, EventRecorder recorder) {
        return whileOpen(() -> {
            List<Violation> violations = ClosurePolicy.check(command, this, recorder.today());
            if (!violations.isEmpty()) {
                return Outcome.rejected(Rejection.invalid(violations));
            }
            Optional<Rejection> refusal = ClosurePolicy.refusal(command, this);
            if (refusal.isPresent()) {
                return Outcome.rejected(refusal.get());
            }
            return Outcome.accepted(this, List.of(new CaseEvent.CaseClosed(recorder.happenedOn(id, command.closedOn()),
                    new CaseClosure(command.closedOn(), command.reason(),
                            VoluntaryDisclosurePolicy.blankToNull(command.notes())))));
        });
    }

    private Outcome whileOpen(Supplier<Outcome> action) {
        if (isClosed()) {
            return Outcome.rejected(Rejection.refused("case", "case " + reference + " was closed on "
                    + closure.closedOn() + " (" + closure.reason() + "): nothing more can be recorded"));
        }
        return action.get();
    }

    // ---- evolving --------------------------------------------------------------------------------------------

    /** The case after an event of this case. */
    public BreachCase apply(CaseEvent event) {
        if (!event.caseId().equals(id)) {
            throw new IllegalArgumentException("event " + event.eventId() + " belongs to case " + event.caseId());
        }
        if (event instanceof CaseEvent.CaseOpened) {
            throw new IllegalStateException("case " + id + " is already open");
        } else if (event instanceof CaseEvent.BreachRecorded e) {
            return withBreaches(append(breaches, e.breach()));
        } else if (event instanceof CaseEvent.BreachWithdrawn e) {
            return withBreaches(breaches.stream()
                    .map(b -> b.breachId().equals(e.breachId()) ? b.withdrawn(e.reason(), e.metadata().recordedAt()) : b)
                    .toList());
        } else if (event instanceof CaseEvent.VoluntaryDisclosureRecorded e) {
            return new BreachCase(id, reference, openedOn, procedure, origin, calendarDivision, summary, recordedAt,
                    subjects, breaches, append(voluntaryDisclosures, e.disclosure()), factorAssessment, milestones,
                    penaltyDecisions, closure, publicationSteps);
        } else if (event instanceof CaseEvent.CaseFactorsAssessed e) {
            return new BreachCase(id, reference, openedOn, procedure, origin, calendarDivision, summary, recordedAt,
                    subjects, breaches, voluntaryDisclosures, e.assessment(), milestones, penaltyDecisions, closure,
                    publicationSteps);
        } else if (event instanceof CaseEvent.ProcedureMilestoneRecorded e) {
            ProcedureMilestone recorded = e.milestone();
            UnaryOperator<ProcedureMilestone> markCorrected = m -> m.milestoneId().equals(recorded.correctsMilestoneId())
                    ? m.correctedBy(recorded.milestoneId()) : m;
            return new BreachCase(id, reference, openedOn, procedure, origin, calendarDivision, summary, recordedAt,
                    subjects, breaches, voluntaryDisclosures, factorAssessment,
                    append(milestones.stream().map(markCorrected).toList(), recorded), penaltyDecisions, closure,
                    publicationSteps);
        } else if (event instanceof CaseEvent.PenaltyDecisionRecorded e) {
            return new BreachCase(id, reference, openedOn, procedure, origin, calendarDivision, summary, recordedAt,
                    subjects, breaches, voluntaryDisclosures, factorAssessment, milestones,
                    append(penaltyDecisions, e.decision()), closure, publicationSteps);
        } else if (event instanceof CaseEvent.CaseClosed e) {
            return new BreachCase(id, reference, openedOn, procedure, origin, calendarDivision, summary, recordedAt,
                    subjects, breaches, voluntaryDisclosures, factorAssessment, milestones, penaltyDecisions, e.closure(),
                    publicationSteps);
        } else if (event instanceof CaseEvent.PublicationStepRecorded e) {
            return new BreachCase(id, reference, openedOn, procedure, origin, calendarDivision, summary, recordedAt,
                    subjects, breaches, voluntaryDisclosures, factorAssessment, milestones, penaltyDecisions, closure,
                    append(publicationSteps, e.step()));
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    private BreachCase withBreaches(List<Breach> changed) {
        return new BreachCase(id, reference, openedOn, procedure, origin, calendarDivision, summary, recordedAt,
                subjects, changed, voluntaryDisclosures, factorAssessment, milestones, penaltyDecisions, closure,
                publicationSteps);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    // ---- queries ---------------------------------------------------------------------------------------------

    public boolean isClosed() {
        return closure != null;
    }

    public Optional<CaseSubject> subject(String subjectId) {
        return subjects.stream().filter(s -> s.subjectId().value().equals(subjectId)).findFirst();
    }

    public Optional<Breach> breach(String breachId) {
        return breaches.stream().filter(b -> b.breachId().value().equals(breachId)).findFirst();
    }

    public Optional<ProcedureMilestone> milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId().value().equals(milestoneId)).findFirst();
    }

    public List<Breach> activeBreaches() {
        return breaches.stream().filter(Breach::isActive).toList();
    }

    /** The decision whether to publish the summary or the Disclosure, if made. */
    public Optional<PublicationStep.PublicationDecided> publicationDecision(PublicationStep.Scope scope) {
        return publicationSteps.stream().filter(s -> s instanceof PublicationStep.PublicationDecided d
                        && d.scope() == scope).map(PublicationStep.PublicationDecided.class::cast).findFirst();
    }

    /** The notice of an intended Disclosure, if given. */
    public Optional<PublicationStep.DisclosureIntended> disclosureIntended() {
        return publicationSteps.stream().filter(PublicationStep.DisclosureIntended.class::isInstance)
                .map(PublicationStep.DisclosureIntended.class::cast).findFirst();
    }

    /** The release of the publication, if authorised. */
    public Optional<PublicationStep.ReleaseAuthorised> releaseAuthorised(PublicationStep.Scope scope) {
        return publicationSteps.stream().filter(s -> s instanceof PublicationStep.ReleaseAuthorised r
                        && r.scope() == scope).map(PublicationStep.ReleaseAuthorised.class::cast).findFirst();
    }

    /** The milestones that count: those not replaced by a correction. */
    public List<ProcedureMilestone> standingMilestones() {
        return milestones.stream().filter(ProcedureMilestone::stands).toList();
    }
}
