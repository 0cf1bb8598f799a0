package org.sanctionsplatform.bench.codec;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanctionsplatform.assessment.adapters.kafka.CaseAssessedMapper;
import org.sanctionsplatform.assessment.application.ReceivedCaseEvent;
import org.sanctionsplatform.assessment.domain.Assessment;
import org.sanctionsplatform.assessment.domain.BaselineBands;
import org.sanctionsplatform.assessment.domain.CaseInput;
import org.sanctionsplatform.assessment.domain.Rulebook;
import org.sanctionsplatform.bench.assessment.AssessmentBenchmark;
import org.sanctionsplatform.calendar.BusinessCalendars;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachType;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.guidance.windows.DueDates;
import org.sanctionsplatform.deadline.adapters.kafka.view.AssessmentEventView;
import org.sanctionsplatform.publication.adapters.kafka.view.AssessmentEventEnvelopeView;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;

/**
 * Encoding a record (the outbox, for every event a service writes) and decoding it (every consumer, before anything
 * else), the platform's serde against Avro's own {@code BinaryMessageEncoder}/{@code BinaryMessageDecoder}. Decoding a consumed record, as every consumer does before anything else (issue "Pipeline speed": in a replay of
 * 30,000 case events the consumers spent about a quarter of their time decoding). The platform's decoder
 * ({@code Topic.decode}: header, writer schema by fingerprint, the declared-size check, the body) against Avro's own
 * {@code BinaryMessageDecoder} (the generated class's {@code getDecoder()}, no size check), which the platform used
 * until 30 November 2026, on two records: a case event ({@code BreachRecorded}, 230 bytes or so) and the
 * {@code CaseAssessed} of the 10-breach case of {@link AssessmentBenchmark} with its whole explanation (several KB).
 * {@code caseAssessedDeadlinesView} and {@code caseAssessedPublicationsView} decode the same {@code CaseAssessed}
 * through deadline-service's and publication-service's projections of the schema ({@code Topic.readAs}). Run with {@code bench/run-jmh CodecBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CodecBenchmark {

    private byte[] caseEvent;
    private byte[] caseAssessed;

    @Setup
    public void setUp() {
        caseEvent = Topics.CASE_EVENTS.encode(CaseEventEnvelope.newBuilder()
                .setEventId("0d5b8a0e-8f3c-4a55-9a43-5b0f1b1c2d3e")
                .setCaseId("6a1f0c9e-2b7d-4e1a-8c3f-9d2e4b5a6c7d")
                .setOccurredAt(Instant.parse("2026-03-02T10:15:30.123Z"))
                .setRecordedAt(Instant.parse("2026-03-02T10:15:31.456Z"))
                .setProducer("intake-service")
                .setPayload(BreachRecorded.newBuilder()
                        .setBreachId("b-1").setSubjectId("s-1")
                        .setBreachType(BreachType.MAKING_FUNDS_AVAILABLE)
                        .setRegime("Russia")
                        .setRegulation("The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12")
                        .setDescription("Payment to a designated person's account")
                        .setBreachDate(LocalDate.of(2025, 11, 4))
                        .setEstimatedValue(new BigDecimal("250000.00"))
                        .setEstablishedOnBalanceOfProbabilities(true)
                        .build())
                .build());
        Rulebook rulebook = new Rulebook(BaselineBands.asPublished(), new DueDates(BusinessCalendars.standard()));
        Assessment assessment = rulebook.assess(AssessmentBenchmark.tenBreachCase().toCaseFile());
        ReceivedCaseEvent cause = new ReceivedCaseEvent("0d5b8a0e-8f3c-4a55-9a43-5b0f1b1c2d3e",
                "6a1f0c9e-2b7d-4e1a-8c3f-9d2e4b5a6c7d", Instant.parse("2026-03-02T10:15:30.123Z"), null,
                new CaseInput.BreachWithdrawn("b-9", "withdrawn"), null);
        this.assessment = assessment;
        this.cause = cause;
        caseAssessed = Topics.ASSESSMENTS.encode(CaseAssessedMapper.toEnvelope(assessment,
                "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", cause, Instant.parse("2026-03-02T10:15:32Z")));
        // compared re-encoded: the generated equals() of records with decimals inside arrays throws (Avro's compare)
        if (!java.util.Arrays.equals(Topics.CASE_EVENTS.encode(caseEventThePlatformsWay()), caseEvent)
                || !java.util.Arrays.equals(Topics.CASE_EVENTS.encode(caseEventAvrosWay()), caseEvent)
                || !java.util.Arrays.equals(Topics.ASSESSMENTS.encode(caseAssessedThePlatformsWay()),
                        Topics.ASSESSMENTS.encode(caseAssessedAvrosWay()))) {
            throw new IllegalStateException("the two decoders disagree");
        }
        caseEventValue = caseEventThePlatformsWay();
        caseAssessedValue = caseAssessedThePlatformsWay();
    }

    @Benchmark
    public CaseEventEnvelope caseEventThePlatformsWay() {
        return Topics.CASE_EVENTS.decode(caseEvent);
    }

    @Benchmark
    public CaseEventEnvelope caseEventAvrosWay() {
        try {
            return CaseEventEnvelope.getDecoder().decode(caseEvent);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public AssessmentEventEnvelope caseAssessedThePlatformsWay() {
        return Topics.ASSESSMENTS.decode(caseAssessed);
    }

    /** The same CaseAssessed as deadline-service reads it: through its projection, Avro skipping the rest. */
    @Benchmark
    public AssessmentEventView caseAssessedDeadlinesView() {
        return DEADLINES_VIEW.decode(caseAssessed);
    }

    private static final Topic<AssessmentEventView> DEADLINES_VIEW = Topics.ASSESSMENTS.readAs(AssessmentEventView.class);

    /** The same CaseAssessed as publication-service reads it: what the summary uses of it. */
    @Benchmark
    public AssessmentEventEnvelopeView caseAssessedPublicationsView() {
        return PUBLICATIONS_VIEW.decode(caseAssessed);
    }

    private static final Topic<AssessmentEventEnvelopeView> PUBLICATIONS_VIEW =
            Topics.ASSESSMENTS.readAs(AssessmentEventEnvelopeView.class);

    @Benchmark
    public AssessmentEventEnvelope caseAssessedAvrosWay() {
        try {
            return AssessmentEventEnvelope.getDecoder().decode(caseAssessed);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Assessment assessment;
    private ReceivedCaseEvent cause;

    /** Mapping the assessment to its CaseAssessed envelope, as assessment-service does for every event before encoding it. */
    @Benchmark
    public AssessmentEventEnvelope mapCaseAssessed() {
        return CaseAssessedMapper.toEnvelope(assessment, "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", cause,
                Instant.parse("2026-03-02T10:15:32Z"));
    }

    private CaseEventEnvelope caseEventValue;
    private AssessmentEventEnvelope caseAssessedValue;

    @Benchmark
    public byte[] encodeCaseEventThePlatformsWay() {
        return Topics.CASE_EVENTS.encode(caseEventValue);
    }

    @Benchmark
    public java.nio.ByteBuffer encodeCaseEventAvrosWay() throws java.io.IOException {
        return CaseEventEnvelope.getEncoder().encode(caseEventValue);
    }

    @Benchmark
    public byte[] encodeCaseAssessedThePlatformsWay() {
        return Topics.ASSESSMENTS.encode(caseAssessedValue);
    }

    @Benchmark
    public java.nio.ByteBuffer encodeCaseAssessedAvrosWay() throws java.io.IOException {
        return AssessmentEventEnvelope.getEncoder().encode(caseAssessedValue);
    }

    /** The sizes of the two records, for the report. */
    public static void main(String[] args) {
        CodecBenchmark b = new CodecBenchmark();
        b.setUp();
        System.out.println("case event " + b.caseEvent.length + " bytes, CaseAssessed " + b.caseAssessed.length + " bytes");
    }
}
