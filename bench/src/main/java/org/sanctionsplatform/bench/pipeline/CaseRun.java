package org.sanctionsplatform.bench.pipeline;

/**
 * One whole case offered by the load generator: when it was due to start (its slot in the fixed-rate schedule), when
 * each of its four requests was sent and answered, and how it ended on the HTTP side. Written by the chain of its
 * own requests, one at a time; read after the run.
 */
final class CaseRun {

    /** The four requests of a whole case, in the order they are sent. */
    static final String[] STEPS = {"POST /cases", "PUT /cases/{id}/factors", "POST /cases/{id}/milestones",
            "POST /cases/{id}/penalty-decisions"};

    enum Outcome {
        /** A request is still outstanding. */
        IN_FLIGHT,
        /** All four requests answered 2xx. */
        ANSWERED,
        /** Not sent: the generator's bound on cases in flight was reached at its slot. */
        SHED,
        /** Answered 429 or 503. */
        REFUSED,
        /** Answered another status that is not 2xx. */
        FAILED,
        /** No answer within the request timeout. */
        TIMED_OUT,
        /** The connection failed. */
        ERROR
    }

    final int number;
    final long intendedMicros;
    final long[] sentMicros = new long[STEPS.length];
    final long[] answeredMicros = new long[STEPS.length];
    volatile Outcome outcome = Outcome.IN_FLIGHT;
    volatile String caseId;
    volatile String subjectId;
    volatile int failedStep = -1;
    volatile String failure;

    CaseRun(int number, long intendedMicros) {
        this.number = number;
        this.intendedMicros = intendedMicros;
    }

    void fail(Outcome outcome, int step, String failure) {
        this.failedStep = step;
        this.failure = failure;
        this.outcome = outcome;
    }
}
