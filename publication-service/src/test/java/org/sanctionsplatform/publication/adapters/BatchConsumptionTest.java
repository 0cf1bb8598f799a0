package org.sanctionsplatform.publication.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.configuration.kafka.config.AbstractKafkaConsumerConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.assessments.AssessedProcedure;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.BreachAssessment;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.assessments.LikelyOutcome;
import org.sanctionsplatform.events.assessments.RulebookVersion;
import org.sanctionsplatform.events.assessments.SubjectPenalty;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachType;
import org.sanctionsplatform.events.cases.BreachWithdrawn;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseClosureReason;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseOrigin;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.events.cases.VoluntaryDisclosureRecorded;
import org.sanctionsplatform.events.publications.PublicationDrafted;
import org.sanctionsplatform.events.publications.PublicationEventEnvelope;
import org.sanctionsplatform.publication.adapters.kafka.AsPublicationReadsIt;
import org.sanctionsplatform.publication.adapters.kafka.InboundEventMapper;
import org.sanctionsplatform.publication.application.CasePublications;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.consumer.InboundEvents;
import org.sanctionsplatform.support.events.Envelopes;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * The listener applies a poll batch at a time (one transaction, each case locked and read once, what changed written
 * once), on a real broker and PostgreSQL. A burst of the case events and assessments of many cases, interleaved, with
 * events repeated in the burst and redelivered later, must draft every case's summary exactly as applying the same
 * events one at a time does (each in its own transaction, the case read and written each time, as the listeners did
 * before): the same versions with the same content, caused by the same events, in the same order, each once.
 *
 * <p>Each case has a twin that gets the same events (other ids) one at a time through {@link InboundEvents#process},
 * the record-at-a-time path. The script of a case, phase by phase (the next phase is sent once the previous one has
 * been processed, so that what the consumer of the topics does is the same whatever their timing):
 * <ol>
 *     <li>case events: opened (a company and its director), breach b-1, a disclosure;</li>
 *     <li>assessments: a penalty for the company (version 1), the same assessment again (a repeat), the same content
 *     under a new event id (nothing new), a penalty for the director too (version 2);</li>
 *     <li>an assessment based on five case events, when the facts have three (it waits);</li>
 *     <li>case events: breach b-2 (still waiting), b-1 withdrawn (the facts catch up: version 3, without b-1), the
 *     case closed (nothing new).</li>
 * </ol>
 */
@MicronautTest(environments = "publication", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchConsumptionTest implements TestPropertyProvider {

    private static final int CASES = 30;
    /** Records a poll brings at most, set for this test below the default (500) so that a phase takes several polls. */
    private static final int MAX_POLL_RECORDS = 50;
    private static final String RUSSIA_REG_12 = "The Russia (Sanctions) (EU Exit) Regulations 2019, regulation 12";
    private static final String IRAN_REG_3 = "The Iran (Sanctions) Regulations 2023, regulation 3";

    private String jdbcUrl;

    @Inject
    InboundEvents inbound;

    @Inject
    CasePublications casePublications;

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        jdbcUrl = pg.createDatabase("publication");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "sep.consumer.max-poll-records", Integer.toString(MAX_POLL_RECORDS),
                "micronaut.server.port", "-1",
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @Test
    void aBurstOfInterleavedEventsOfManyCasesWithRepeatsDraftsEachSummaryAsOneEventAtATimeDoes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<CaseScript> burst = new ArrayList<>();
        List<CaseScript> oneByOne = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            burst.add(new CaseScript("burst-" + run + "-" + i, i));
            oneByOne.add(new CaseScript("single-" + run + "-" + i, i));
        }

        try (KafkaProducer<String, byte[]> producer = burstProducer()) {
            for (int phase = 0; phase < CaseScript.PHASES; phase++) {
                List<Sent> sent = interleaved(burst, phase);
                for (Sent s : sent) {
                    producer.send(new ProducerRecord<>(s.topic().name(), s.caseId(), s.bytes()));
                }
                producer.flush();
                for (CaseScript twin : oneByOne) {
                    for (Sent s : twin.phase(phase)) {
                        applyOneAtATime(s);
                    }
                }
                awaitProcessed(sent);
            }

            Map<String, List<PublicationEventEnvelope>> drafts = awaitDrafts(burst, oneByOne);
            for (int i = 0; i < CASES; i++) {
                CaseScript batched = burst.get(i);
                CaseScript single = oneByOne.get(i);
                List<String> got = described(drafts.get(batched.caseId()), batched);
                assertThat(got).as("the summaries of %s drafted through the batch path", batched.caseId())
                        .isEqualTo(described(drafts.get(single.caseId()), single));
                assertThat(got).extracting(d -> d.substring(0, d.indexOf(" |")))
                        .as("versions and their causes of %s", batched.caseId())
                        .containsExactly("v1 caused by assessed, based on assessed",
                                "v2 caused by director penalised, based on director penalised",
                                "v3 caused by b-1 withdrawn, based on assessed after b-2");
                assertThat(drafts.get(batched.caseId()).get(2).getPayload()).isInstanceOfSatisfying(
                        PublicationDrafted.class, v3 -> assertThat(v3.getContent().getRegimes())
                                .as("b-1 withdrawn, only b-2's regime").containsExactly("Iran"));
            }
            assertThat(factsOf(burst)).as("case events applied per case, each once").allSatisfy(
                    (caseId, eventsApplied) -> assertThat(eventsApplied).isEqualTo(6));
            assertThat(largestBatch(burst)).as("events applied together in one poll batch, at most a poll's worth")
                    .isBetween(2, MAX_POLL_RECORDS);

            // redelivered later (a consumer that crashed before committing): nothing changes, nothing is drafted again
            List<Sent> again = new ArrayList<>();
            for (int phase = 0; phase < CaseScript.PHASES; phase++) {
                again.addAll(interleaved(burst, phase));
            }
            for (Sent s : again) {
                producer.send(new ProducerRecord<>(s.topic().name(), s.caseId(), s.bytes()));
            }
            producer.flush();
            awaitEverythingConsumed();
            assertThat(factsOf(burst)).allSatisfy((caseId, eventsApplied) -> assertThat(eventsApplied).isEqualTo(6));
            assertThat(query("select count(*) from outbox_event where record_key in (%s)", List.of(),
                    burst.stream().map(CaseScript::caseId).toList(), r -> r.getInt(1)))
                    .as("PublicationDrafted appended for the burst's cases").containsExactly(3 * CASES);
        }
    }

    @Test
    void aPollBringsAtMostTheConfiguredNumberOfRecords() {
        // kafka.consumers.publication-service.* configures the consumer of the three topics (its group); its
        // max.poll.records defaults to sep.consumer.max-poll-records
        assertThat(context.getBean(AbstractKafkaConsumerConfiguration.class, Qualifiers.byName(Envelopes.PUBLICATION))
                .getConfig()).containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(MAX_POLL_RECORDS));
    }

    /** The events of a phase of every case, interleaved (one of each case in turn), with their repeats. */
    private static List<Sent> interleaved(List<CaseScript> cases, int phase) {
        List<Sent> sent = new ArrayList<>();
        int longest = cases.stream().mapToInt(c -> c.phase(phase).size()).max().orElse(0);
        for (int k = 0; k < longest; k++) {
            for (CaseScript c : cases) {
                List<Sent> events = c.phase(phase);
                if (k < events.size()) {
                    sent.add(events.get(k));
                    if (c.repeats(events.get(k))) {
                        sent.add(events.get(k)); // the same event twice, as a relay retrying a batch sends it
                    }
                }
            }
        }
        return sent;
    }

    /** The record-at-a-time path, as the listeners applied each record before: its own transaction. */
    private void applyOneAtATime(Sent s) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(s.topic().name(), 0, 0L, s.caseId(), s.bytes());
        if (s.topic() == Topics.CASE_EVENTS) {
            inbound.process(Envelopes.PUBLICATION, Topics.CASE_EVENTS, record, e -> casePublications.onCaseEvent(
                    e.getCaseId(), InboundEventMapper.change(e), InboundEventMapper.cause(e)));
        } else {
            inbound.process(Envelopes.PUBLICATION, AsPublicationReadsIt.assessments(), record, e -> casePublications.onCaseAssessed(
                    e.getCaseId(), InboundEventMapper.assessedCase(e), InboundEventMapper.cause(e)));
        }
    }

    /** Each draft of a case in order: version, the events that caused it and that it is based on, its content. */
    private static List<String> described(List<PublicationEventEnvelope> drafts, CaseScript script) {
        return drafts.stream().map(envelope -> {
            PublicationDrafted d = (PublicationDrafted) envelope.getPayload();
            var c = d.getContent();
            return "v" + c.getVersion() + " caused by " + script.nameOf(envelope.getCausationId())
                    + ", based on " + script.nameOf(d.getBasedOnEventId()) + " | " + c.getTitle() + " | " + c.getText()
                    + " | " + c.getPenalisedPersons() + " | " + c.getBreachTypes() + " | " + c.getRegimes() + " | "
                    + c.getRegulations() + " | " + c.getVoluntarilyDisclosed() + " | " + c.getAggregatedValue() + " | "
                    + c.getComplianceLessons() + " | " + d.getReleaseCondition();
        }).toList();
    }

    private Map<String, List<PublicationEventEnvelope>> awaitDrafts(List<CaseScript> burst, List<CaseScript> oneByOne) {
        int expected = 2 * 3 * CASES;
        Map<String, List<PublicationEventEnvelope>> drafts = new HashMap<>();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            drafts.clear();
            drafts.putAll(readDrafts(burst, oneByOne, expected, Duration.ofSeconds(20)));
            return drafts.values().stream().mapToInt(List::size).sum() >= expected;
        });
        return drafts;
    }

    /** The PublicationDrafted of these cases on the topic, per case in order. */
    private static Map<String, List<PublicationEventEnvelope>> readDrafts(List<CaseScript> burst,
                                                                         List<CaseScript> oneByOne, int expected,
                                                                         Duration timeout) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        burst.forEach(c -> ids.add(c.caseId()));
        oneByOne.forEach(c -> ids.add(c.caseId()));
        Map<String, List<PublicationEventEnvelope>> drafts = new LinkedHashMap<>();
        ids.forEach(id -> drafts.put(id, new ArrayList<>()));
        KafkaFixture.shared().readAll(Topics.PUBLICATIONS.name(), timeout, r -> ids.contains(r.key()), expected)
                .stream()
                .map(r -> Topics.PUBLICATIONS.decode(r.value()))
                .filter(e -> e.getPayload() instanceof PublicationDrafted)
                .forEach(e -> drafts.get(e.getCaseId()).add(e));
        return drafts;
    }

    private void awaitProcessed(List<Sent> sent) {
        List<String> ids = sent.stream().map(Sent::eventId).distinct().toList();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> query("select count(*) from processed_event where consumer = ? and event_id in (%s)",
                        List.of(Envelopes.PUBLICATION), ids, r -> r.getInt(1)).get(0) == ids.size());
    }

    /** Until the listeners' group has committed every record of the two topics (after the transaction of each). */
    private static void awaitEverythingConsumed() {
        org.apache.kafka.clients.admin.Admin admin = KafkaFixture.shared().admin();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(Topics.CASE_EVENTS.name(), Topics.ASSESSMENTS.name())).allTopicNames().get()
                    .forEach((topic, description) -> description.partitions().forEach(p -> latest.put(
                            new org.apache.kafka.common.TopicPartition(topic, p.partition()),
                            org.apache.kafka.clients.admin.OffsetSpec.latest())));
            var ends = admin.listOffsets(latest).all().get();
            var committed = admin.listConsumerGroupOffsets(Envelopes.PUBLICATION).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || (committed.get(end.getKey()) != null
                    && committed.get(end.getKey()).offset() >= end.getValue().offset()));
        });
    }

    /** Case events applied per case (pub_case.events_applied). */
    private Map<String, Integer> factsOf(List<CaseScript> cases) {
        Map<String, Integer> applied = new HashMap<>();
        query("select case_id, events_applied from pub_case where case_id in (%s)", List.of(),
                cases.stream().map(CaseScript::caseId).toList(), r -> applied.put(r.getString(1), r.getInt(2)));
        assertThat(applied).hasSize(cases.size());
        return applied;
    }

    /** The most events of these cases processed at one instant: a batch records its event ids with one timestamp. */
    private int largestBatch(List<CaseScript> cases) {
        List<String> ids = cases.stream().flatMap(c -> c.all().stream()).map(Sent::eventId).distinct().toList();
        Map<Object, Integer> perInstant = new HashMap<>();
        query("select processed_at from processed_event where consumer = ? and event_id in (%s)",
                List.of(Envelopes.PUBLICATION), ids, r -> perInstant.merge(r.getTimestamp(1), 1, Integer::sum));
        return perInstant.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with the {@code leading} parameters, then {@code ids} in its {@code in (%s)}. */
    private <T> List<T> query(String sql, List<String> leading, Collection<String> ids, Row<T> row) {
        PostgresFixture pg = PostgresFixture.shared();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, pg.username(), pg.password());
             PreparedStatement s = connection.prepareStatement(sql.formatted(
                     String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))))) {
            int p = 1;
            for (String value : leading) {
                s.setString(p++, value);
            }
            for (String id : ids) {
                s.setString(p++, id);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, byte[]> burstProducer() {
        Map<String, Object> props = KafkaFixture.shared().producerProps();
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20); // records of many cases travel, and are polled, together
        return new KafkaProducer<>(props);
    }

    /** A record to send: its topic, key, event id and bytes. */
    private record Sent(Topic<?> topic, String caseId, String eventId, String name, byte[] bytes) {
    }

    /** The events of one case, phase by phase, each named; a twin has the same events under other ids. */
    private static final class CaseScript {
        static final int PHASES = 4;

        private final String caseId;
        private final int n;
        private final List<List<Sent>> phases = new ArrayList<>();
        private final Map<String, String> names = new HashMap<>();

        CaseScript(String caseId, int n) {
            this.caseId = caseId;
            this.n = n;
            BigDecimal value = new BigDecimal(2_000_000 + 10_000 * n).setScale(2);
            BigDecimal companyPenalty = new BigDecimal(500_000 + 1_000 * n).setScale(2);
            BigDecimal directorPenalty = new BigDecimal(50_000 + 100 * n).setScale(2);
            Sent assessed = assessment("assessed", 3, List.of("b-1"), companyPenalty, null);
            phases.add(List.of(
                    caseEvent("opened", CaseOpened.newBuilder()
                            .setCaseReference("OFSI-BATCH-" + n).setOpenedOn(LocalDate.of(2026, 1, 12))
                            .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                            .setSubjects(List.of(
                                    Subject.newBuilder().setSubjectId("s-1").setName("Company " + n + " Ltd")
                                            .setSubjectType(SubjectType.LEGAL_PERSON).build(),
                                    Subject.newBuilder().setSubjectId("s-2").setName("Director " + n)
                                            .setSubjectType(SubjectType.INDIVIDUAL).setOfficerOfSubjectId("s-1").build()))
                            .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES).build()),
                    caseEvent("breach b-1", breach("b-1", BreachType.MAKING_FUNDS_AVAILABLE, "Russia", RUSSIA_REG_12,
                            value)),
                    caseEvent("disclosure", VoluntaryDisclosureRecorded.newBuilder()
                            .setSubjectId("s-1").setDisclosedOn(LocalDate.of(2025, 11, 20))
                            .setRequestedOrRequiredByOfsi(n % 2 == 1).setOfsiAlreadyAware(false)
                            .setCompelledByOtherInvestigation(false).setCompleteAndAccurate(true).build())));
            phases.add(List.of(
                    assessed,
                    assessed, // a repeat: the same event again
                    assessment("assessed again", 3, List.of("b-1"), companyPenalty, null),
                    assessment("director penalised", 3, List.of("b-1"), companyPenalty, directorPenalty)));
            phases.add(List.of(
                    assessment("assessed after b-2", 5, List.of("b-1", "b-2"), companyPenalty, directorPenalty)));
            phases.add(List.of(
                    caseEvent("breach b-2", breach("b-2", BreachType.DEALING_WITH_FROZEN_FUNDS, "Iran", IRAN_REG_3,
                            new BigDecimal("250000.00"))),
                    caseEvent("b-1 withdrawn", BreachWithdrawn.newBuilder().setBreachId("b-1")
                            .setReason("recorded in error").build()),
                    caseEvent("closed", CaseClosed.newBuilder().setClosedOn(LocalDate.of(2026, 6, 1))
                            .setReason(CaseClosureReason.PENALTY_PAID).build())));
        }

        String caseId() {
            return caseId;
        }

        List<Sent> phase(int phase) {
            return phases.get(phase);
        }

        List<Sent> all() {
            return phases.stream().flatMap(List::stream).toList();
        }

        /** Every third case also gets its breach b-1 and b-2 twice in a row in the burst. */
        boolean repeats(Sent event) {
            return n % 3 == 0 && event.name().startsWith("breach");
        }

        String nameOf(String eventId) {
            return names.getOrDefault(eventId, "an unknown event " + eventId);
        }

        private Sent caseEvent(String name, Object payload) {
            Instant now = Instant.now();
            CaseEventEnvelope envelope = CaseEventEnvelope.newBuilder().setEventId(UUID.randomUUID().toString())
                    .setCaseId(caseId).setOccurredAt(now).setRecordedAt(now).setProducer("intake-service")
                    .setPayload(payload).build();
            return sent(Topics.CASE_EVENTS, name, envelope, Topics.CASE_EVENTS::encode);
        }

        private Sent assessment(String name, int inputVersion, List<String> established, BigDecimal companyPenalty,
                                BigDecimal directorPenalty) {
            Instant now = Instant.now();
            CaseAssessed payload = CaseAssessed.newBuilder()
                    .setCaseReference("OFSI-BATCH-" + n).setInputVersion(inputVersion)
                    .setRulebook(RulebookVersion.GUIDANCE_2026).setProcedure(AssessedProcedure.CIVIL_MONETARY_PENALTY)
                    .setSeverity("MEDIUM").setConduct("NEUTRAL").setIndicativeLevel(3).setSeriousness("Level 3 (high)")
                    .setLikelyOutcome(LikelyOutcome.CIVIL_MONETARY_PENALTY)
                    .setStatutoryMaximum(new BigDecimal("1500000.00"))
                    .setAggregatedValue(new BigDecimal(3_000_000 + 1_000 * inputVersion).setScale(2))
                    .setBreaches(established.stream().map(id -> BreachAssessment.newBuilder().setBreachId(id)
                            .setSubjectId("s-1").setBreachType("MAKING_FUNDS_AVAILABLE").setRegime("Russia")
                            .setEstablished(true).setEstablishedReason("established on the balance of probabilities")
                            .setEstimatedValue(new BigDecimal("1000000.00"))
                            .setStatutoryMaximumAlone(new BigDecimal("1000000.00")).build()).toList())
                    .setPenalties(List.of(penalty("s-1", "Company " + n + " Ltd", companyPenalty),
                            penalty("s-2", "Director " + n, directorPenalty)))
                    .setExplanation(List.of())
                    .build();
            AssessmentEventEnvelope envelope = AssessmentEventEnvelope.newBuilder()
                    .setEventId(UUID.randomUUID().toString()).setCaseId(caseId).setOccurredAt(now).setRecordedAt(now)
                    .setProducer("assessment-service").setPayload(payload).build();
            return sent(Topics.ASSESSMENTS, name, envelope, Topics.ASSESSMENTS::encode);
        }

        private <T extends SpecificRecordBase> Sent sent(Topic<T> topic, String name, T envelope,
                                                         Function<T, byte[]> encode) {
            String eventId = String.valueOf(envelope.get("eventId"));
            names.put(eventId, name);
            return new Sent(topic, caseId, eventId, name, encode.apply(envelope));
        }

        private static BreachRecorded breach(String id, BreachType type, String regime, String regulation,
                                             BigDecimal value) {
            return BreachRecorded.newBuilder().setBreachId(id).setSubjectId("s-1").setBreachType(type)
                    .setRegime(regime).setRegulation(regulation).setDescription("Payments to a designated person")
                    .setBreachDate(LocalDate.of(2025, 11, 4)).setEstimatedValue(value)
                    .setEstablishedOnBalanceOfProbabilities(true).build();
        }

        private static SubjectPenalty penalty(String subjectId, String name, BigDecimal amount) {
            return SubjectPenalty.newBuilder().setSubjectId(subjectId).setSubjectName(name)
                    .setSubjectType("LEGAL_PERSON").setBaseline(amount).setDiscounts(List.of())
                    .setTotalDiscountPercent(new BigDecimal("0.00")).setPenaltyAfterDiscounts(amount)
                    .setFinalPenalty(amount).build();
        }
    }
}
