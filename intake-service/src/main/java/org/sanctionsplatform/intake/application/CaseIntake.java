package org.sanctionsplatform.intake.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.sanctionsplatform.guidance.limits.InputLimits;
import org.sanctionsplatform.intake.domain.BreachCase;
import org.sanctionsplatform.intake.domain.CaseEventPublisher;
import org.sanctionsplatform.intake.domain.CaseFiles;
import org.sanctionsplatform.intake.domain.CaseId;
import org.sanctionsplatform.intake.domain.CaseReference;
import org.sanctionsplatform.intake.domain.EventRecorder;
import org.sanctionsplatform.intake.domain.OpenCase;
import org.sanctionsplatform.intake.domain.PublicationCommands;
import org.sanctionsplatform.intake.domain.Outcome;
import org.sanctionsplatform.intake.domain.RecordMilestone;
import org.sanctionsplatform.intake.domain.Rejection;
import org.sanctionsplatform.intake.domain.Violation;
import org.sanctionsplatform.intake.domain.WindowRules;
import org.sanctionsplatform.support.persistence.TransactionWrites;
import org.sanctionsplatform.support.problem.ProblemException;

/**
 * The use cases of intake. Each runs in one transaction: the case is read and held, the command is checked
 * in full by the case, and only an accepted command writes its rows and its events (through the outbox)
 * together. A rejected command writes nothing and is answered as a problem.
 */
@Singleton
public class CaseIntake {

    /** The request header that names the correlation id of the events a request causes. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    /** A business method of {@link BreachCase}, e.g. {@code BreachCase::recordMilestone}. */
    @FunctionalInterface
    public interface CaseCommand<C> {
        Outcome apply(BreachCase breachCase, C command, EventRecorder recorder);
    }

    private final CaseFiles caseFiles;
    private final CaseEventPublisher publisher;
    private final EventRecorder recorder;
    private final WindowRules windowRules;
    private final AuditTrail auditTrail;
    private final TransactionWrites writes;

    public CaseIntake(CaseFiles caseFiles, CaseEventPublisher publisher, EventRecorder recorder,
                      WindowRules windowRules, AuditTrail auditTrail, TransactionWrites writes) {
        this.auditTrail = auditTrail;
        this.writes = writes;
        this.caseFiles = caseFiles;
        this.publisher = publisher;
        this.recorder = recorder;
        this.windowRules = windowRules;
    }

    /** Opens a case: CaseOpened and one BreachRecorded per breach. */
    @Transactional
    public Outcome.Accepted open(Received<OpenCase> asRead, Requester requester) {
        String correlationId = requester.correlationId();
        Received<OpenCase> received = asRead.plus(correlationProblems(correlationId));
        OpenCase command = received.command();
        List<Violation> violations = Problems.merge(received.unreadable(), BreachCase.checkOpening(command, recorder));
        if (!violations.isEmpty()) {
            throw Problems.of(Rejection.invalid(violations));
        }
        CaseReference reference;
        if (command.caseReference() != null) {
            reference = new CaseReference(command.caseReference());
            if (caseFiles.isReferenceTaken(reference)) {
                throw ProblemException.conflict("caseReference", "is already the reference of another case: " + reference);
            }
        } else {
            reference = nextFreeReference(command);
        }
        CaseId id = recorder.newCaseId();
        return keep(BreachCase.open(id, reference, command, recorder), correlationId == null ? id.toString() : correlationId,
                requester);
    }

    /** Runs a business method of an existing case. */
    @Transactional
    public <C> Outcome.Accepted change(String caseId, Received<C> asRead, CaseCommand<C> command, Requester requester) {
        String correlationId = requester.correlationId();
        Received<C> received = asRead.plus(correlationProblems(correlationId));
        BreachCase breachCase = CaseId.parse(caseId).flatMap(caseFiles::findForChange)
                .orElseThrow(() -> unknownCase(caseId));
        Outcome outcome = command.apply(breachCase, received.command(), recorder);
        if (!received.unreadable().isEmpty()) {
            List<Violation> found = outcome instanceof Outcome.Rejected rejected
                    && rejected.rejection().kind() == Rejection.Kind.INVALID ? rejected.rejection().violations() : List.of();
            throw Problems.of(Rejection.invalid(Problems.merge(received.unreadable(), found)));
        }
        return keep(outcome, correlationId == null ? breachCase.id().toString() : correlationId, requester);
    }

    /** Records a procedure milestone, refused if the deadline service could not apply it ({@link WindowRules}). */
    @Transactional
    public Outcome.Accepted recordMilestone(String caseId, Received<RecordMilestone> received, Requester requester) {
        return change(caseId, received, (breachCase, command, rec) -> breachCase.recordMilestone(command, rec, windowRules),
                requester);
    }

    /** Decides whether to publish (§11.3, §12.2); a named Disclosure's decision also records DISCLOSURE_DECIDED. */
    @Transactional
    public Outcome.Accepted decidePublication(String caseId, Received<PublicationCommands.DecidePublication> received,
                                              Requester requester) {
        return change(caseId, received, (breachCase, command, rec) -> breachCase.decidePublication(command, rec,
                windowRules), requester);
    }

    /** Gives notice of an intended Disclosure (§12.2); a named one also records NOTICE_OF_INTENDED_DISCLOSURE. */
    @Transactional
    public Outcome.Accepted intendDisclosure(String caseId, Received<PublicationCommands.IntendDisclosure> received,
                                             Requester requester) {
        return change(caseId, received, (breachCase, command, rec) -> breachCase.intendDisclosure(command, rec,
                windowRules), requester);
    }

    @Transactional(readOnly = true)
    public BreachCase find(String caseId) {
        return CaseId.parse(caseId).flatMap(caseFiles::find).orElseThrow(() -> unknownCase(caseId));
    }

    @Transactional(readOnly = true)
    public CaseFiles.CasePage list(int page, int size) {
        return caseFiles.list(page, size);
    }

    /** The audit trail of a case (issue 9.3); 404 for an unknown case. */
    @Transactional(readOnly = true)
    public List<AuditTrail.Entry> history(String caseId) {
        find(caseId);
        return auditTrail.of(caseId);
    }

    private Outcome.Accepted keep(Outcome outcome, String correlationId, Requester requester) {
        if (outcome instanceof Outcome.Rejected rejected) {
            throw Problems.of(rejected.rejection());
        }
        Outcome.Accepted accepted = (Outcome.Accepted) outcome;
        caseFiles.keep(accepted.breachCase(), accepted.events());
        publisher.publish(accepted.events(), correlationId, requester.actor());
        // the trail is written with the change, in its transaction: an accepted change always has its entry
        auditTrail.record(accepted.events(), requester);
        // the three gathered their rows (TransactionWrites): sent now, in one round trip, so that a refusal by the
        // database is this call's error rather than the commit's
        writes.flush();
        return accepted;
    }

    /**
     * The correlation id travels on every event of the request and is kept by the consumers, so it is held to the
     * length every service accepts (guidance-rules' InputLimits).
     */
    private static List<Violation> correlationProblems(String correlationId) {
        return InputLimits.lengthProblem(correlationId, InputLimits.ID_LENGTH)
                .map(reason -> List.of(new Violation(CORRELATION_HEADER, reason)))
                .orElse(List.of());
    }

    /** Generated references skip any number an officer already used by hand. */
    private CaseReference nextFreeReference(OpenCase command) {
        CaseReference reference;
        do {
            reference = CaseReference.generated(command.openedOn(), caseFiles.nextCaseNumber());
        } while (caseFiles.isReferenceTaken(reference));
        return reference;
    }

    private static ProblemException unknownCase(String caseId) {
        return ProblemException.notFound("no case " + caseId);
    }
}
