package org.sanctionsplatform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sanctionsplatform.support.CaseEventsTraffic.envelope;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.deadletters.DeadLetterController.DeadLetterList;
import org.sanctionsplatform.support.deadletters.DeadLetterController.DeadLetterView;
import org.sanctionsplatform.support.deadletters.DeadLetterController.Position;
import org.sanctionsplatform.support.deadletters.DeadLetterController.RedriveRequest;
import org.sanctionsplatform.support.deadletters.DeadLetterController.RedriveResult;
import org.sanctionsplatform.support.testapp.HandlerAttempts;
import org.sanctionsplatform.testkit.KafkaFixture;
import org.sanctionsplatform.testkit.LocalIdentityProvider;
import org.sanctionsplatform.testkit.PostgresFixture;

/**
 * An operator acts on a dead letter (issue 11.6) on the real broker: a record whose consumer lacks a prerequisite is
 * dead-lettered with its reason; the operator lists it, supplies the prerequisite and re-drives it; it is applied once;
 * a second re-drive of the same event changes nothing.
 */
@MicronautTest(environments = "support-test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterRedriveTest implements TestPropertyProvider {

    private static final String CASE_EVENTS = Topics.CASE_EVENTS.name();

    private CaseEventsTraffic traffic;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    HandlerAttempts attempts;

    @Override
    public Map<String, String> getProperties() {
        PostgresFixture pg = PostgresFixture.shared();
        String jdbcUrl = pg.createDatabase("redrive");
        traffic = new CaseEventsTraffic(jdbcUrl);
        return LocalIdentityProvider.shared().serviceProperties(Map.of(
                "kafka.bootstrap.servers", KafkaFixture.shared().bootstrapServers(),
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", pg.username(),
                "datasources.default.password", pg.password()));
    }

    @AfterAll
    void closeTraffic() {
        traffic.close();
    }

    @Test
    void aDeadLetterIsListedWithItsReasonAndOnceItsCauseIsFixedReDrivenAndAppliedOnceHoweverOftenItIsReDriven() {
        String caseId = "prerequisite-" + UUID.randomUUID();
        CaseEventEnvelope event = envelope(caseId);
        traffic.send(event);

        // 1. dead-lettered with its reason, listed for the operator
        DeadLetterView dead = await().atMost(Duration.ofSeconds(60)).until(() -> deadLettersOf(caseId),
                letters -> letters.size() == 1).get(0);
        assertThat(dead.eventId()).isEqualTo(event.getEventId());
        assertThat(dead.undecodable()).isNull();
        assertThat(dead.consumer()).isEqualTo("support-test");
        assertThat(dead.reason()).isEqualTo("case " + caseId + " has no prerequisite yet");
        assertThat(dead.sourceTopic()).isEqualTo(CASE_EVENTS);
        assertThat(dead.sourceOffset()).isNotNull();
        assertThat(dead.redrivenFrom()).isNull();
        int failedAttempts = attempts.of(caseId);
        assertThat(failedAttempts).as("once in its batch, then sep.consumer.max-attempts (2) alone").isEqualTo(3);
        assertThat(traffic.seen(caseId)).isZero();

        // 2. the operator supplies the missing prerequisite, then re-drives the dead letter by its position
        traffic.execute("insert into prerequisite (case_id) values ('" + caseId + "')");
        RedriveResult first = redrive(new RedriveRequest(List.of(new Position(dead.partition(), dead.offset())), null));
        assertThat(first.redriven()).singleElement().satisfies(r -> {
            assertThat(r.eventId()).isEqualTo(event.getEventId());
            assertThat(r.topic()).isEqualTo(CASE_EVENTS);
            assertThat(r.deadLetter()).isEqualTo(new Position(dead.partition(), dead.offset()));
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.seen(caseId) == 1);
        assertThat(traffic.seenInOrder(caseId)).containsExactly(event.getEventId());
        assertThat(attempts.of(caseId)).isEqualTo(failedAttempts + 1);

        // 3. a second re-drive (by event id this time) reaches the consumer and is skipped as a duplicate: the event
        //    behind it on the case's partition is applied, the re-driven one is not applied again nor dead-lettered
        RedriveResult second = redrive(new RedriveRequest(null, List.of(event.getEventId())));
        assertThat(second.redriven()).singleElement().satisfies(r -> assertThat(r.eventId()).isEqualTo(event.getEventId()));
        assertThat(second.redriven().get(0).offset()).isGreaterThan(first.redriven().get(0).offset());
        CaseEventEnvelope behind = envelope(caseId);
        traffic.send(behind);
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.seen(caseId) == 2);
        assertThat(traffic.seenInOrder(caseId)).containsExactly(event.getEventId(), behind.getEventId());
        assertThat(attempts.of(caseId)).as("the handler never saw the second re-drive").isEqualTo(failedAttempts + 2);
        assertThat(deadLettersOf(caseId)).as("nothing more dead-lettered").hasSize(1);
    }

    @Test
    void aReDriveNamingWhatIsNotThereIsA400NamingEachFieldAndReDrivesNothing() {
        String caseId = "prerequisite-" + UUID.randomUUID();
        CaseEventEnvelope event = envelope(caseId);
        traffic.send(event);
        DeadLetterView dead = await().atMost(Duration.ofSeconds(60)).until(() -> deadLettersOf(caseId),
                letters -> letters.size() == 1).get(0);
        traffic.execute("insert into prerequisite (case_id) values ('" + caseId + "')");

        HttpClientResponseException refused = refusal(new RedriveRequest(
                List.of(new Position(dead.partition(), dead.offset()), new Position(dead.partition(), Long.MAX_VALUE - 1)),
                List.of("no-such-event")));
        assertThat(refused.getStatus().getCode()).isEqualTo(400);
        String body = bodyOf(refused);
        assertThat(body).contains("\"field\":\"records[1]\"").contains("no dead letter at partition")
                .contains("\"field\":\"eventIds[0]\"").doesNotContain("records[0]");
        assertThat(bodyOf(refusal(new RedriveRequest(null, null))))
                .contains("\"field\":\"records\"");

        // nothing was re-driven: the fixed prerequisite is not enough, the event stays unapplied
        traffic.send(envelope("after-" + caseId)); // another case, to give the consumer something to do
        await().atMost(Duration.ofSeconds(60)).until(() -> traffic.seen("after-" + caseId) == 1);
        assertThat(traffic.seen(caseId)).isZero();
    }

    @Test
    void anUnknownTopicIs404AndAnotherRoleThanOperatorIs403() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/dead-letters/no.such.topic"), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/dead-letters/" + CASE_EVENTS)
                .bearerAuth(LocalIdentityProvider.shared().token("AUDITOR", "CASE_OFFICER")), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
    }

    private List<DeadLetterView> deadLettersOf(String caseId) {
        return http.toBlocking().retrieve(HttpRequest.GET("/dead-letters/" + CASE_EVENTS + "?key=" + caseId),
                Argument.of(DeadLetterList.class)).deadLetters();
    }

    private RedriveResult redrive(RedriveRequest request) {
        return http.toBlocking().retrieve(HttpRequest.POST("/dead-letters/" + CASE_EVENTS + "/redrive", request),
                RedriveResult.class);
    }

    private static String bodyOf(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    private HttpClientResponseException refusal(RedriveRequest request) {
        try {
            http.toBlocking().exchange(HttpRequest.POST("/dead-letters/" + CASE_EVENTS + "/redrive", request), String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("the re-drive was accepted");
    }
}
