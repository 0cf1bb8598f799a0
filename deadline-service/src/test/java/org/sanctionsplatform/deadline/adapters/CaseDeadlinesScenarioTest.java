package org.sanctionsplatform.deadline.adapters;

import static org.sanctionsplatform.deadline.CaseEventsForTests.caseOpened;
import static org.sanctionsplatform.deadline.CaseEventsForTests.envelope;
import static org.sanctionsplatform.deadline.CaseEventsForTests.newCaseId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.deadline.CaseEventsForTests;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseClosureReason;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.deadlines.DeadlineCancelled;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.assessments.AssessedProcedure;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.assessments.FixedPenaltyAssessment;
import org.sanctionsplatform.events.assessments.LikelyOutcome;
import org.sanctionsplatform.events.assessments.RulebookVersion;
import org.sanctionsplatform.events.deadlines.DeadlineMet;
import org.sanctionsplatform.events.deadlines.DeadlineOpened;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * deadline-service end to end on a real broker and a real PostgreSQL: case events in on
 * {@code enforcement.case-events.v1}, deadline events out on {@code enforcement.deadlines.v1} (through the
 * outbox), and the windows over HTTP.
 */
@MicronautTest(environments = "deadline", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDeadlinesScenarioTest implements TestPropertyProvider {

    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);
    private static final Argument<List<Map<String, Object>>> WINDOW_LIST =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    @Inject
    @Client("/")
    HttpClient http;

    private CaseEventsForTests.Publisher events;
    private DeadlineTopic deadlineTopic;
    private String jdbcUrl;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture postgres = PostgresFixture.shared();
        String jdbcUrl = postgres.createDatabase("deadline");
        this.jdbcUrl = jdbcUrl;
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", postgres.username(),
                "datasources.default.password", postgres.password(),
                "micronaut.server.port", "-1",
                "sep.consumer.backoff-millis", "10",
                // the service lives on the notice's day, so no reminder falls due while the test looks, whenever it runs
                "test.clock.start", "2026-12-10T10:00:00Z"));
    }

    @BeforeAll
    void connect() {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        events = new CaseEventsForTests.Publisher(bootstrap);
        deadlineTopic = new DeadlineTopic(bootstrap);
    }

    @AfterAll
    void disconnect() {
        if (events != null) {
            events.close();
        }
        if (deadlineTopic != null) {
            deadlineTopic.close();
        }
    }

    @Test
    void aNoticeOfIntentionOpensTheRepresentationsWindowAnnouncedOnTheTopicAndListedOverHttp() {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        CaseEventEnvelope notice = milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE, null);
        events.publish(notice);

        // §7.1: 30 business days after Thursday 10 December 2026, skipping 25 and 28 December and 1 January
        DeadlineEventEnvelope opened = awaitEvent(caseId, DeadlineOpened.class, WindowKind.REPRESENTATIONS);
        DeadlineOpened representations = (DeadlineOpened) opened.getPayload();
        assertThat(representations.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(representations.getDueAt()).isEqualTo(Instant.parse("2027-01-26T23:59:59.999Z"));
        assertThat(representations.getStartsOn()).isEqualTo(NOTICE);
        assertThat(representations.getLength()).isEqualTo("30 business days");
        assertThat(representations.getFixedPenaltyCase()).isFalse();
        assertThat(representations.getWindow().getGuidanceSection()).isEqualTo("7.1");
        assertThat(representations.getWindow().getDivision())
                .isEqualTo(org.sanctionsplatform.events.deadlines.CalendarDivision.ENGLAND_AND_WALES);
        assertThat(opened.getCausationId()).isEqualTo(notice.getEventId());
        assertThat(opened.getProducer()).isEqualTo("deadline-service");
        awaitEvent(caseId, DeadlineOpened.class, WindowKind.SETTLEMENT_DISCUSSIONS);

        List<Map<String, Object>> windows = deadlinesOf(caseId);
        assertThat(windows).hasSize(2);
        assertThat(windows).filteredOn(w -> w.get("kind").equals("REPRESENTATIONS")).singleElement().satisfies(w -> {
            assertThat(w).containsEntry("windowId", representations.getWindow().getWindowId())
                    .containsEntry("guidanceSection", "7.1")
                    .containsEntry("startsOn", "2026-12-10")
                    .containsEntry("length", "30 business days")
                    .containsEntry("dueDate", "2027-01-26")
                    .containsEntry("dueAt", "2027-01-26T23:59:59.999Z")
                    .containsEntry("division", "ENGLAND_AND_WALES")
                    .containsEntry("state", "OPEN");
        });
    }

    @Test
    void theSameEventTwiceOpensOneWindow() {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        CaseEventEnvelope notice = milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE, null);
        events.publish(notice);
        events.publish(notice);
        // a later event of the case on the same partition: once it is handled, both copies have been
        events.publish(milestone(caseId, "rep-1", MilestoneType.REPRESENTATIONS_RECEIVED, LocalDate.of(2027, 1, 20), null));

        DeadlineMet met = (DeadlineMet) awaitEvent(caseId, DeadlineMet.class, WindowKind.REPRESENTATIONS).getPayload();

        assertThat(met.getMetOn()).isEqualTo(LocalDate.of(2027, 1, 20));
        // every deadline event names the window's due date and instant (23:59:59.999 London, GMT in January)
        assertThat(met.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(met.getDueAt()).isEqualTo(java.time.Instant.parse("2027-01-26T23:59:59.999Z"));
        assertThat(deadlineTopic.eventsOf(caseId)).filteredOn(e -> e.getPayload() instanceof DeadlineOpened opened
                && opened.getWindow().getKind() == WindowKind.REPRESENTATIONS).hasSize(1);
        assertThat(deadlinesOf(caseId)).filteredOn(w -> w.get("kind").equals("REPRESENTATIONS"))
                .singleElement().satisfies(w -> assertThat(w).containsEntry("state", "MET"));
    }

    @Test
    void aScottishFixedPenaltyCaseHasFifteenBusinessDaysAndNoSettlementDiscussions() {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.FIXED_MONETARY_PENALTY, CalendarDivision.SCOTLAND));
        events.publish(milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE, null));

        // §13.3: 15 business days; Scotland also keeps Monday 4 January 2027 (2 January substitute day)
        DeadlineOpened opened = (DeadlineOpened) awaitEvent(caseId, DeadlineOpened.class, WindowKind.REPRESENTATIONS)
                .getPayload();
        assertThat(opened.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(opened.getLength()).isEqualTo("15 business days");
        assertThat(opened.getFixedPenaltyCase()).isTrue();
        assertThat(opened.getWindow().getGuidanceSection()).isEqualTo("13.3");
        assertThat(deadlinesOf(caseId)).extracting(w -> w.get("kind")).containsExactly("REPRESENTATIONS");
    }

    @Test
    void aCorrectedNoticeReplacesTheWindowsWithOnesRunningFromTheCorrectedDate() {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE, null));
        events.publish(milestone(caseId, "noi-1b", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 11), "noi-1"));

        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(deadlineTopic.eventsOf(caseId))
                .filteredOn(e -> e.getPayload() instanceof DeadlineCancelled).hasSize(2));
        assertThat(deadlineTopic.eventsOf(caseId)).filteredOn(e -> e.getPayload() instanceof DeadlineCancelled)
                .allSatisfy(e -> {
                    DeadlineCancelled cancelled = (DeadlineCancelled) e.getPayload();
                    assertThat(cancelled.getReason()).isEqualTo("milestone corrected: noi-1 replaced by noi-1b");
                    assertThat(cancelled.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
                    assertThat(cancelled.getDueAt()).isEqualTo(java.time.Instant.parse("2027-01-26T23:59:59.999Z"));
                });
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(deadlinesOf(caseId))
                .filteredOn(w -> w.get("kind").equals("REPRESENTATIONS"))
                .extracting(w -> w.get("state"), w -> w.get("dueDate"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CANCELLED", "2027-01-26"),
                        org.assertj.core.groups.Tuple.tuple("OPEN", "2027-01-27")));
    }

    @Test
    void representationsCorrectedToADayAfterTheDueDateRunTheWindowAgainWithItsTimers() throws Exception {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE, null));
        events.publish(milestone(caseId, "rep-1", MilestoneType.REPRESENTATIONS_RECEIVED, LocalDate.of(2027, 1, 4), null));
        DeadlineMet met = (DeadlineMet) awaitEvent(caseId, DeadlineMet.class, WindowKind.REPRESENTATIONS).getPayload();
        String metWindowId = met.getWindow().getWindowId();

        // the officer corrects the date: they arrived on 27 January, after the final day (26 January)
        events.publish(milestone(caseId, "rep-1b", MilestoneType.REPRESENTATIONS_RECEIVED, LocalDate.of(2027, 1, 27), "rep-1"));

        DeadlineEventEnvelope reopened = await().atMost(30, TimeUnit.SECONDS).until(() -> deadlineTopic.eventsOf(caseId)
                .stream().filter(e -> e.getPayload() instanceof DeadlineOpened o && metWindowId.equals(o.getReplacesWindowId()))
                .findFirst().orElse(null), java.util.Objects::nonNull);
        DeadlineOpened again = (DeadlineOpened) reopened.getPayload();
        assertThat(again.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(again.getWindow().getKind()).isEqualTo(WindowKind.REPRESENTATIONS);
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(deadlinesOf(caseId))
                .extracting(w -> w.get("kind"), w -> w.get("state"), w -> w.get("metBy"), w -> w.get("replacesWindowId"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SETTLEMENT_DISCUSSIONS", "OPEN", null, null),
                        org.assertj.core.groups.Tuple.tuple("REPRESENTATIONS", "CANCELLED", "rep-1", null),
                        org.assertj.core.groups.Tuple.tuple("REPRESENTATIONS", "OPEN", null, metWindowId),
                        org.assertj.core.groups.Tuple.tuple("OFSI_RESPONSE_TO_REPRESENTATIONS", "CANCELLED", null, null)));
        // the window runs again: its reminders and expiry are pending, to fire when their time comes
        assertThat(pendingTimersOf(again.getWindow().getWindowId()))
                .containsExactlyInAnyOrder("REMINDER_-5", "REMINDER_-1", "REMINDER_0", "EXPIRY", "REMINDER_+1");
        assertThat(pendingTimersOf(metWindowId)).isEmpty();
    }

    private List<String> pendingTimersOf(String windowId) throws java.sql.SQLException {
        return column("select timer_kind from deadline_timer where window_id = ? and state = 'PENDING'", windowId);
    }

    /** The first column of the rows the query (one string parameter) selects, as text. */
    private List<String> column(String sql, String parameter) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl, PostgresFixture.shared().username(),
                PostgresFixture.shared().password());
             java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> values = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }


    @Test
    void anAssessmentThatEscalatesAFixedPenaltyCaseToTheFullProcessRecomputesItsHalvedWindows() {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.FIXED_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE, null));
        DeadlineOpened halved = (DeadlineOpened) awaitEvent(caseId, DeadlineOpened.class, WindowKind.REPRESENTATIONS)
                .getPayload();
        assertThat(halved.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 5));

        // Figure 13A: after an earlier £10,000 fixed penalty the case takes the full process, so no halved windows
        AssessmentEventEnvelope assessed = assessment(caseId, false, true);
        events.publish(assessed);

        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(deadlinesOf(caseId))
                .filteredOn(w -> w.get("kind").equals("REPRESENTATIONS"))
                .extracting(w -> w.get("state"), w -> w.get("dueDate"), w -> w.get("length"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CANCELLED", "2027-01-05", "15 business days"),
                        org.assertj.core.groups.Tuple.tuple("OPEN", "2027-01-26", "30 business days")));
        DeadlineEventEnvelope reopened = await().atMost(30, TimeUnit.SECONDS).until(() -> deadlineTopic.eventsOf(caseId)
                .stream().filter(e -> e.getPayload() instanceof DeadlineOpened o && o.getReplacesWindowId() != null)
                .findFirst().orElse(null), java.util.Objects::nonNull);
        DeadlineOpened full = (DeadlineOpened) reopened.getPayload();
        assertThat(full.getReplacesWindowId()).isEqualTo(halved.getWindow().getWindowId());
        assertThat(full.getFixedPenaltyCase()).isFalse();
        assertThat(full.getWindow().getGuidanceSection()).isEqualTo("7.1");
        assertThat(reopened.getCausationId()).isEqualTo(assessed.getEventId());

        // the same assessment again, and one that changes nothing, leave the windows as they are
        events.publish(assessed);
        events.publish(assessment(caseId, false, true));
        // an assessment that has not decided (no established offence yet) changes nothing either
        events.publish(assessment(caseId, false, false));
        events.publish(milestone(caseId, "fd-1", MilestoneType.FINAL_DECISION, LocalDate.of(2027, 2, 1), null));
        awaitEvent(caseId, DeadlineOpened.class, WindowKind.REVIEW_REQUEST);
        assertThat(deadlinesOf(caseId)).filteredOn(w -> w.get("kind").equals("REPRESENTATIONS")).hasSize(2);
        // later milestones open windows under the full process's terms: 30 business days for a review request (§8.1)
        assertThat(deadlinesOf(caseId)).filteredOn(w -> w.get("kind").equals("REVIEW_REQUEST")).singleElement()
                .satisfies(w -> assertThat(w).containsEntry("length", "30 business days").containsEntry("dueDate", "2027-03-15"));
    }

    @Test
    void anEscalationConsumedBeforeTheCaseWasOpenedHereSetsItsTermsFromTheStart() throws Exception {
        String caseId = newCaseId();
        AssessmentEventEnvelope assessed = assessment(caseId, false, true);
        events.publish(assessed);
        // the assessments topic is consumed on its own: wait until this one has been taken in, before the case exists here
        await().atMost(30, TimeUnit.SECONDS).until(() -> assessedTermsOf(caseId).isPresent());
        assertThat(assessedTermsOf(caseId)).contains(false);

        events.publish(caseOpened(caseId, CaseProcedure.FIXED_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE, null));

        DeadlineOpened opened = (DeadlineOpened) awaitEvent(caseId, DeadlineOpened.class, WindowKind.REPRESENTATIONS).getPayload();
        assertThat(opened.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(opened.getLength()).isEqualTo("30 business days");
        assertThat(opened.getReplacesWindowId()).isNull();
        assertThat(deadlinesOf(caseId)).filteredOn(w -> w.get("kind").equals("REPRESENTATIONS")).hasSize(1);
    }

    private java.util.Optional<Boolean> assessedTermsOf(String caseId) throws java.sql.SQLException {
        return column("select cast(halved_windows as varchar) from deadline_assessed_terms where case_id = ?", caseId)
                .stream().findFirst().map(Boolean::valueOf);
    }

    @Test
    void closingTheCaseCancelsItsOpenWindows() {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.NORTHERN_IRELAND));
        events.publish(milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, NOTICE, null));
        events.publish(envelope(caseId, CaseClosed.newBuilder().setClosedOn(LocalDate.of(2027, 1, 4))
                .setReason(CaseClosureReason.WARNING_ISSUED).build()));

        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(deadlineTopic.eventsOf(caseId))
                .filteredOn(e -> e.getPayload() instanceof DeadlineCancelled).hasSize(2));
        assertThat(deadlinesOf(caseId)).extracting(w -> w.get("state")).containsOnly("CANCELLED");
    }

    @Test
    void aCaseTheServiceHasNeverSeenIsA404Problem() {
        String caseId = newCaseId();

        assertThatThrownBy(() -> deadlinesOf(caseId))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
                    assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                            type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
                    String body = e.getResponse().getBody(String.class).orElseThrow();
                    assertThat(body).contains("\"status\":404").contains(caseId);
                });
    }

    private List<Map<String, Object>> deadlinesOf(String caseId) {
        return http.toBlocking().retrieve(HttpRequest.GET("/cases/" + caseId + "/deadlines"), WINDOW_LIST);
    }

    private DeadlineEventEnvelope awaitEvent(String caseId, Class<?> type, WindowKind kind) {
        return await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> deadlineTopic.eventsOf(caseId).stream()
                        .filter(e -> type.isInstance(e.getPayload()) && kindOf(e) == kind)
                        .findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static WindowKind kindOf(DeadlineEventEnvelope envelope) {
        Object payload = envelope.getPayload();
        if (payload instanceof DeadlineOpened p) {
            return p.getWindow().getKind();
        }
        if (payload instanceof DeadlineMet p) {
            return p.getWindow().getKind();
        }
        if (payload instanceof DeadlineCancelled p) {
            return p.getWindow().getKind();
        }
        return WindowKind.UNKNOWN;
    }

    /** A CaseAssessed of a fixed-penalty case as the assessment service publishes it, down to what matters here. */
    private static AssessmentEventEnvelope assessment(String caseId, boolean halvedWindows, boolean escalated) {
        Instant now = Instant.now();
        return AssessmentEventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setCaseId(caseId)
                .setOccurredAt(now)
                .setRecordedAt(now)
                .setProducer("assessment-service")
                .setPayload(CaseAssessed.newBuilder()
                        .setCaseReference("SEP-FMP")
                        .setInputVersion(3)
                        .setRulebook(RulebookVersion.GUIDANCE_2026)
                        .setProcedure(AssessedProcedure.FIXED_MONETARY_PENALTY)
                        .setLikelyOutcome(LikelyOutcome.CIVIL_MONETARY_PENALTY)
                        .setStatutoryMaximum(new java.math.BigDecimal("1000000.00"))
                        .setBreaches(List.of())
                        .setPenalties(List.of())
                        .setExplanation(List.of())
                        .setHalvedWindows(halvedWindows)
                        .setFixedPenalty(FixedPenaltyAssessment.newBuilder()
                                .setQualifies(escalated)
                                .setOccurrence(escalated ? 3 : 1)
                                .setEscalateToFullProcess(escalated)
                                .setReason(escalated ? "repeated offending after a £10,000.00 fixed penalty" : "no established offence")
                                .build())
                        .build())
                .build();
    }

    private static CaseEventEnvelope milestone(String caseId, String milestoneId, MilestoneType type, LocalDate on,
                                               String corrects) {
        return envelope(caseId, ProcedureMilestoneRecorded.newBuilder()
                .setMilestoneId(milestoneId)
                .setMilestone(type)
                .setOccurredOn(on)
                .setCorrectsMilestoneId(corrects)
                .build());
    }

}
