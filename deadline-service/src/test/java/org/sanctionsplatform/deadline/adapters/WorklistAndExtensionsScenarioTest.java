package org.sanctionsplatform.deadline.adapters;

import static org.sanctionsplatform.deadline.CaseEventsForTests.caseOpened;
import static org.sanctionsplatform.deadline.CaseEventsForTests.envelope;
import static org.sanctionsplatform.deadline.CaseEventsForTests.newCaseId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsplatform.deadline.CaseEventsForTests;
import org.sanctionsplatform.events.cases.Actor;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.MilestoneType;
import org.sanctionsplatform.events.cases.ProcedureMilestoneRecorded;
import org.sanctionsplatform.events.deadlines.DeadlineEventEnvelope;
import org.sanctionsplatform.events.deadlines.DeadlineExtended;
import org.sanctionsplatform.events.deadlines.DeadlineMet;
import org.sanctionsplatform.events.deadlines.DeadlineOpened;
import org.sanctionsplatform.events.deadlines.WindowKind;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.PostgresFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;

/**
 * The case officer's side of deadline-service on a real broker and a real PostgreSQL, with the service's clock at
 * Monday 21 December 2026: the worklist of windows due within N business days, agreed extensions announced as
 * DeadlineExtended, refusals shown with the window, and bad input answered as problem+json.
 */
@MicronautTest(environments = "deadline", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorklistAndExtensionsScenarioTest implements TestPropertyProvider {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> WINDOW_LIST =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    @Inject
    @Client("/")
    HttpClient http;

    private CaseEventsForTests.Publisher events;
    private DeadlineTopic deadlineTopic;
    private final String invitationCase = newCaseId();
    private final String scottishAppealCase = newCaseId();
    private final String paymentCase = newCaseId();

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture postgres = PostgresFixture.shared();
        String jdbcUrl = postgres.createDatabase("deadline_worklist");
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", postgres.username(),
                "datasources.default.password", postgres.password(),
                "micronaut.server.port", "-1",
                "sep.consumer.backoff-millis", "10",
                "test.clock.start", "2026-12-21T10:00:00Z"));
    }

    @BeforeAll
    void openTheCases() {
        String bootstrap = KafkaFixture.shared().bootstrapServers();
        events = new CaseEventsForTests.Publisher(bootstrap);
        deadlineTopic = new DeadlineTopic(bootstrap);

        // §6.9: 10 business days from Friday 18 December 2026 to reply: Wednesday 6 January 2027 (E&W)
        events.publish(caseOpened(invitationCase, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(invitationCase, "si-1", MilestoneType.SETTLEMENT_INVITATION, LocalDate.of(2026, 12, 18)).build());
        // §9: 28 days from Friday 4 December 2026 is New Year's Day; in Scotland Monday 4 January is a holiday too
        events.publish(caseOpened(scottishAppealCase, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.SCOTLAND));
        events.publish(milestone(scottishAppealCase, "rd-1", MilestoneType.REVIEW_DECIDED, LocalDate.of(2026, 12, 4)).build());
        // §10: 30 business days from Thursday 10 December 2026: Tuesday 26 January 2027, beyond 10 business days
        events.publish(caseOpened(paymentCase, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(paymentCase, "pf-1", MilestoneType.PENALTY_FINALISED, LocalDate.of(2026, 12, 10)).build());
        await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().untilAsserted(() -> assertThat(deadlinesOf(paymentCase)).hasSize(1));
        await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().untilAsserted(() -> assertThat(deadlinesOf(scottishAppealCase)).hasSize(1));
        await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().untilAsserted(() -> assertThat(deadlinesOf(invitationCase)).hasSize(1));
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
    void theWorklistListsTheOpenWindowsDueWithinTenBusinessDaysEarliestFirstEachInItsOwnDivision() {
        Map<String, Object> worklist = upcoming("?within=10");

        assertThat(worklist).containsEntry("today", "2026-12-21").containsEntry("withinBusinessDays", 10);
        List<Map<String, Object>> windows = ofTheWorklistCases(worklist);
        assertThat(windows).extracting(w -> w.get("caseId"))
                .containsExactly(scottishAppealCase, invitationCase);
        assertThat(windows.get(0))
                .containsEntry("kind", "UPPER_TRIBUNAL_APPEAL")
                .containsEntry("guidanceSection", "9")
                .containsEntry("dueDate", "2027-01-05")
                .containsEntry("dueAt", "2027-01-05T23:59:59.999Z")
                .containsEntry("division", "SCOTLAND")
                // 22, 23, 24, 29, 30, 31 December and 5 January: 1 and 4 January are Scottish bank holidays
                .containsEntry("businessDaysLeft", 7);
        assertThat(windows.get(1))
                .containsEntry("kind", "SETTLEMENT_INVITATION_REPLY")
                .containsEntry("dueDate", "2027-01-06")
                .containsEntry("division", "ENGLAND_AND_WALES")
                .containsEntry("businessDaysLeft", 9);
    }

    @Test
    void withoutWithinTheWorklistLooksTenBusinessDaysAheadAndFurtherOnRequest() {
        assertThat(ofTheWorklistCases(upcoming(""))).extracting(w -> w.get("caseId"))
                .containsExactly(scottishAppealCase, invitationCase);
        Map<String, Object> thirty = upcoming("?within=30");
        assertThat(ofTheWorklistCases(thirty)).extracting(w -> w.get("caseId"))
                .containsExactly(scottishAppealCase, invitationCase, paymentCase);
        // 30 business days from Monday 21 December 2026 in England and Wales reach Thursday 4 February 2027
        assertThat(windowsOf(thirty)).allSatisfy(w -> assertThat((Integer) w.get("businessDaysLeft")).isBetween(0, 30));
        assertThat(windowsOf(upcoming("?within=0"))).isEmpty();
    }

    @Test
    void theWorklistComesInPagesThatTogetherListEveryWindowOnceInOrder() {
        // 10 business days from Tuesday 22 December: Friday 8 January 2027 in England and Wales, the 11th business day
        // from today there, beyond 10; but it is Scotland's 10th (4 January is a holiday there), so the store reads
        // it for the Scottish windows and the page must leave it out and read on
        // A Scottish reply due the same day is listed. Windows due at one instant are listed by window id: the cases
        // are chosen so that the one left out comes first, where a page that did not read on would stop too early.
        String beyondHorizon;
        String scottishSameDay;
        do {
            beyondHorizon = newCaseId();
            scottishSameDay = newCaseId();
        } while (replyWindowId(beyondHorizon).compareTo(replyWindowId(scottishSameDay)) > 0);
        events.publish(caseOpened(beyondHorizon, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(beyondHorizon, "si-1", MilestoneType.SETTLEMENT_INVITATION, LocalDate.of(2026, 12, 22)).build());
        events.publish(caseOpened(scottishSameDay, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.SCOTLAND));
        events.publish(milestone(scottishSameDay, "si-1", MilestoneType.SETTLEMENT_INVITATION, LocalDate.of(2026, 12, 21)).build());
        for (String caseId : List.of(beyondHorizon, scottishSameDay)) {
            await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().untilAsserted(() -> assertThat(deadlinesOf(caseId))
                    .singleElement().satisfies(w -> assertThat(w).containsEntry("dueDate", "2027-01-08")));
        }
        String leftOut = beyondHorizon;
        String listed = scottishSameDay;

        for (String within : List.of("10", "250")) {
            Map<String, Object> whole = upcoming("?within=" + within + "&limit=1000");
            assertThat(whole.get("next")).isNull();
            List<Object> expected = windowsOf(whole).stream().map(w -> w.get("windowId")).toList();
            assertThat(expected).hasSizeGreaterThanOrEqualTo(2);

            List<Object> paged = new java.util.ArrayList<>();
            String query = "?within=" + within + "&limit=1";
            for (int pages = 0; pages <= expected.size(); pages++) {
                Map<String, Object> page = upcoming(query);
                assertThat(windowsOf(page)).hasSizeLessThanOrEqualTo(1);
                windowsOf(page).forEach(w -> paged.add(w.get("windowId")));
                if (page.get("next") == null) {
                    break;
                }
                query = "?within=" + within + "&limit=1&after=" + page.get("next");
            }
            assertThat(paged).as("within " + within).containsExactlyElementsOf(expected);
            assertThat(windowsOf(whole).stream().anyMatch(w -> leftOut.equals(w.get("caseId"))))
                    .isEqualTo(within.equals("250"));
            assertThat(windowsOf(whole)).anyMatch(w -> listed.equals(w.get("caseId")));
        }
    }

    private static String replyWindowId(String caseId) {
        return org.sanctionsplatform.guidance.windows.WindowId.of(new org.sanctionsplatform.guidance.windows.CaseId(caseId),
                org.sanctionsplatform.guidance.windows.WindowKind.SETTLEMENT_INVITATION_REPLY, java.util.Optional.empty(),
                "si-1").value();
    }

    @Test
    void aBadLimitAndABadAfterAreEachAProblemNamingTheField() {
        assertThatThrownBy(() -> upcoming("?limit=0&after=not-a-page"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    String body = e.getResponse().getBody(String.class).orElseThrow();
                    assertThat(body).contains("\"field\":\"limit\"").contains("\"field\":\"after\"")
                            .contains("from 1 to 1000");
                });
        assertThatThrownBy(() -> upcoming("?limit=1001"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("\"field\":\"limit\""));
    }

    @ParameterizedTest(name = "within={0} is a 400 problem naming within")
    @ValueSource(strings = {"-1", "251", "ten", "1.5"})
    void aBadWithinIsAProblemNamingTheField(String within) {
        assertThatThrownBy(() -> upcoming("?within=" + within))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                            type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
                    String body = e.getResponse().getBody(String.class).orElseThrow();
                    assertThat(body).contains("\"field\":\"within\"").contains(within);
                });
    }

    @Test
    void anAgreedSettlementExtensionIsAnnouncedAndOneBeyondTenBusinessDaysIsRefusedVisibly() {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 10)).build());
        events.publish(milestone(caseId, "ext-1", MilestoneType.WINDOW_EXTENSION_AGREED, LocalDate.of(2026, 12, 21))
                .setWindowKind("SETTLEMENT_DISCUSSIONS").setExtensionBusinessDays(10)
                .setReason("settlement imminent: the board signs in January").build());
        events.publish(milestone(caseId, "ext-2", MilestoneType.WINDOW_EXTENSION_AGREED, LocalDate.of(2026, 12, 21))
                .setWindowKind("SETTLEMENT_DISCUSSIONS").setExtensionBusinessDays(1)
                .setReason("one more day").build());

        // §6.9: 26 January 2027 plus the 10 business days allowed: 9 February
        DeadlineExtended extended = await().atMost(30, TimeUnit.SECONDS).until(() -> deadlineTopic.eventsOf(caseId).stream()
                .filter(e -> e.getPayload() instanceof DeadlineExtended).map(e -> (DeadlineExtended) e.getPayload())
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(extended.getWindow().getKind()).isEqualTo(WindowKind.SETTLEMENT_DISCUSSIONS);
        assertThat(extended.getPreviousDueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(extended.getDueDate()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(extended.getDueAt()).isEqualTo(Instant.parse("2027-02-09T23:59:59.999Z"));
        assertThat(extended.getExtensionBusinessDays()).isEqualTo(10);
        assertThat(extended.getReason()).isEqualTo("settlement imminent: the board signs in January");

        await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().untilAsserted(() -> assertThat(deadlinesOf(caseId))
                .filteredOn(w -> w.get("kind").equals("SETTLEMENT_DISCUSSIONS")).singleElement().satisfies(w -> {
                    assertThat(w).containsEntry("dueDate", "2027-02-09").containsEntry("extendedBusinessDays", 10)
                            .containsEntry("state", "OPEN");
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> extensions = (List<Map<String, Object>>) w.get("extensions");
                    assertThat(extensions).hasSize(2);
                    assertThat(extensions.get(0)).containsEntry("milestoneId", "ext-1").containsEntry("granted", true)
                            .containsEntry("previousDueDate", "2027-01-26").containsEntry("dueDate", "2027-02-09");
                    assertThat(extensions.get(1)).containsEntry("milestoneId", "ext-2").containsEntry("granted", false)
                            .containsEntry("refusal", "the SETTLEMENT_DISCUSSIONS window may be extended by at most "
                                    + "10 business days in total (§6.9); 10 already granted, 1 more would make 11");
                }));
        assertThat(deadlineTopic.eventsOf(caseId)).filteredOn(e -> e.getPayload() instanceof DeadlineExtended).hasSize(1);
        assertThat(deadlinesOf(caseId)).filteredOn(w -> w.get("kind").equals("REPRESENTATIONS"))
                .singleElement().satisfies(w -> assertThat(w).containsEntry("dueDate", "2027-01-26"));
    }

    @Test
    void whoCausedEachWindowChangeTravelsOnItsEventAndIsShownWithTheWindowButTheClockNamesNobody() {
        Actor officer = Actor.newBuilder().setSubject("officer-7").setName("Olive Officer").setRole("CASE_OFFICER").build();
        Actor decisionMaker = Actor.newBuilder().setSubject("dm-3").setName("Dana Decider").setRole("DECISION_MAKER").build();
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.ENGLAND_AND_WALES));
        events.publish(milestone(caseId, "noi-1", MilestoneType.NOTICE_OF_INTENTION, LocalDate.of(2026, 12, 10))
                .by(officer).build());
        events.publish(milestone(caseId, "ext-1", MilestoneType.WINDOW_EXTENSION_AGREED, LocalDate.of(2026, 12, 21))
                .setWindowKind("SETTLEMENT_DISCUSSIONS").setExtensionBusinessDays(5)
                .setReason("the subject asked for time to take advice").by(decisionMaker).build());
        events.publish(milestone(caseId, "si-1", MilestoneType.SETTLEMENT_INVITATION, LocalDate.of(2026, 12, 18))
                .by(officer).build());
        events.publish(milestone(caseId, "sia-1", MilestoneType.SETTLEMENT_INVITATION_ACCEPTED, LocalDate.of(2026, 12, 21))
                .by(decisionMaker).build());

        // on the topic: every change a person's case event caused carries that person
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(deadlineTopic.eventsOf(caseId))
                .filteredOn(e -> e.getPayload() instanceof DeadlineMet).hasSize(1));
        List<DeadlineEventEnvelope> told = deadlineTopic.eventsOf(caseId);
        assertThat(told).filteredOn(e -> e.getPayload() instanceof DeadlineOpened).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getActor()).isEqualTo(officer));
        assertThat(told).filteredOn(e -> e.getPayload() instanceof DeadlineExtended).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(decisionMaker));
        assertThat(told).filteredOn(e -> e.getPayload() instanceof DeadlineMet).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo(decisionMaker));

        // over HTTP: who opened each window, who met it, who recorded the extension
        Map<String, Object> officerView = Map.of("subject", "officer-7", "name", "Olive Officer", "role", "CASE_OFFICER");
        Map<String, Object> decisionMakerView = Map.of("subject", "dm-3", "name", "Dana Decider", "role", "DECISION_MAKER");
        List<Map<String, Object>> windows = deadlinesOf(caseId);
        assertThat(windows).filteredOn(w -> w.get("kind").equals("SETTLEMENT_DISCUSSIONS")).singleElement().satisfies(w -> {
            assertThat(w).containsEntry("openedByActor", officerView).containsEntry("stateChangedBy", null)
                    .containsEntry("state", "OPEN");
            assertThat((List<?>) w.get("extensions")).singleElement()
                    .satisfies(x -> assertThat(((Map<?, ?>) x).get("recordedBy")).isEqualTo(decisionMakerView));
        });
        assertThat(windows).filteredOn(w -> w.get("kind").equals("SETTLEMENT_INVITATION_REPLY")).singleElement()
                .satisfies(w -> assertThat(w).containsEntry("openedByActor", officerView).containsEntry("state", "MET")
                        .containsEntry("stateChangedBy", decisionMakerView));
    }

    @Test
    void theEarlyAccountWindowRunsToTheDateInTheEasLetterAndACorrectedDateReplacesIt() {
        String caseId = newCaseId();
        events.publish(caseOpened(caseId, CaseProcedure.CIVIL_MONETARY_PENALTY, CalendarDivision.NORTHERN_IRELAND));
        events.publish(milestone(caseId, "terms-1", MilestoneType.EAS_TERMS_AGREED, LocalDate.of(2027, 3, 1))
                .setDueDateInLetter(LocalDate.of(2027, 6, 30)).build());

        DeadlineOpened delivery = await().atMost(30, TimeUnit.SECONDS).until(() -> opened(caseId, WindowKind.EARLY_ACCOUNT_DELIVERY),
                l -> !l.isEmpty()).get(0);
        assertThat(delivery.getDueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(delivery.getDueAt()).isEqualTo(Instant.parse("2027-06-30T22:59:59.999Z"));
        assertThat(delivery.getWindow().getGuidanceSection()).isEqualTo("4.5");
        assertThat(delivery.getReplacesWindowId()).isNull();
        // monthly reviews on working days: 1 April, 3 May is the early May bank holiday so 4 May, then 1 June
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(opened(caseId, WindowKind.EAS_PROGRESS_REVIEW))
                .extracting(DeadlineOpened::getDueDate)
                .containsExactlyInAnyOrder(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 4), LocalDate.of(2027, 6, 1)));

        events.publish(milestone(caseId, "terms-2", MilestoneType.EAS_TERMS_AGREED, LocalDate.of(2027, 3, 1))
                .setDueDateInLetter(LocalDate.of(2027, 7, 30)).setCorrects("terms-1").build());

        DeadlineOpened recomputed = await().atMost(30, TimeUnit.SECONDS).until(() -> opened(caseId, WindowKind.EARLY_ACCOUNT_DELIVERY),
                l -> l.size() == 2).get(1);
        assertThat(recomputed.getDueDate()).isEqualTo(LocalDate.of(2027, 7, 30));
        assertThat(recomputed.getReplacesWindowId()).isEqualTo(delivery.getWindow().getWindowId());
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(deadlinesOf(caseId))
                .filteredOn(w -> w.get("kind").equals("EARLY_ACCOUNT_DELIVERY"))
                .extracting(w -> w.get("state"), w -> w.get("dueDate"), w -> w.get("replacesWindowId"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CANCELLED", "2027-06-30", null),
                        org.assertj.core.groups.Tuple.tuple("OPEN", "2027-07-30", delivery.getWindow().getWindowId())));
    }

    private List<DeadlineOpened> opened(String caseId, WindowKind kind) {
        return deadlineTopic.eventsOf(caseId).stream()
                .filter(e -> e.getPayload() instanceof DeadlineOpened o && o.getWindow().getKind() == kind)
                .map(e -> (DeadlineOpened) e.getPayload())
                .toList();
    }

    private Map<String, Object> upcoming(String query) {
        return http.toBlocking().retrieve(HttpRequest.GET("/deadlines/upcoming" + query), JSON);
    }

    /** The worklist's lines for the cases opened for it (the other tests of the class open cases of their own). */
    private List<Map<String, Object>> ofTheWorklistCases(Map<String, Object> worklist) {
        List<String> cases = List.of(invitationCase, scottishAppealCase, paymentCase);
        return windowsOf(worklist).stream().filter(w -> cases.contains(w.get("caseId"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> windowsOf(Map<String, Object> worklist) {
        return (List<Map<String, Object>>) worklist.get("windows");
    }

    private List<Map<String, Object>> deadlinesOf(String caseId) {
        return http.toBlocking().retrieve(HttpRequest.GET("/cases/" + caseId + "/deadlines"), WINDOW_LIST);
    }

    private static MilestoneEvent milestone(String caseId, String milestoneId, MilestoneType type, LocalDate on) {
        return new MilestoneEvent(caseId, ProcedureMilestoneRecorded.newBuilder()
                .setMilestoneId(milestoneId)
                .setMilestone(type)
                .setOccurredOn(on));
    }

    /** A milestone under construction: the extension's fields, then {@link #build()}. */
    private record MilestoneEvent(String caseId, ProcedureMilestoneRecorded.Builder builder, Actor[] actor) {
        MilestoneEvent(String caseId, ProcedureMilestoneRecorded.Builder builder) {
            this(caseId, builder, new Actor[1]);
        }

        MilestoneEvent setWindowKind(String kind) {
            builder.setWindowKind(kind);
            return this;
        }

        MilestoneEvent setExtensionBusinessDays(int days) {
            builder.setExtensionBusinessDays(days);
            return this;
        }

        MilestoneEvent setDueDateInLetter(LocalDate date) {
            builder.setDueDateInLetter(date);
            return this;
        }

        MilestoneEvent setCorrects(String milestoneId) {
            builder.setCorrectsMilestoneId(milestoneId);
            return this;
        }

        MilestoneEvent setReason(String reason) {
            builder.setReason(reason);
            return this;
        }

        MilestoneEvent by(Actor person) {
            actor[0] = person;
            return this;
        }

        CaseEventEnvelope build() {
            CaseEventEnvelope envelope = envelope(caseId, builder.build());
            envelope.setActor(actor[0]);
            return envelope;
        }
    }

}
