package org.sanctionsplatform.support.testapp;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.sanctionsplatform.events.cases.CaseClosed;
import org.sanctionsplatform.events.cases.CaseClosureReason;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.support.outbox.Outbox;
import org.sanctionsplatform.support.problem.ProblemException;

@Controller("/widgets")
@Secured(SecurityRule.IS_AUTHENTICATED)
class WidgetController {

    @Serdeable
    record NewWidget(@NotBlank String name, @PositiveOrZero Integer amount) {
    }

    private final JdbcOperations jdbc;
    private final Outbox outbox;

    WidgetController(JdbcOperations jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Post
    @Transactional
    HttpResponse<String> create(@Valid @Body NewWidget widget) {
        String id = UUID.randomUUID().toString();
        jdbc.prepareStatement("insert into widget (id, name) values (?, ?)", s -> {
            try {
                s.setString(1, id);
                s.setString(2, widget.name());
                return s.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        String eventId = UUID.randomUUID().toString();
        outbox.append(Topics.CASE_EVENTS, id, eventId, CaseEventEnvelope.newBuilder()
                .setEventId(eventId).setCaseId(id).setOccurredAt(Instant.now()).setRecordedAt(Instant.now())
                .setProducer("support-test")
                .setPayload(CaseClosed.newBuilder().setClosedOn(LocalDate.of(2026, 5, 1))
                        .setReason(CaseClosureReason.WITHDRAWN).setNotes(widget.name()).build())
                .build());
        if (widget.name().equals("explode-after-write")) {
            throw new IllegalStateException("boom after the row and the event were written");
        }
        return HttpResponse.created(id);
    }

    /** Appends {@code count} events of one new widget together (Outbox#appendAll), as a consumer of a poll batch does. */
    @Post("/batch")
    @Transactional
    HttpResponse<String> createWithEvents(@Body NewWidget widget) {
        String id = UUID.randomUUID().toString();
        List<Outbox.Pending<CaseEventEnvelope>> events = new ArrayList<>();
        for (int i = 1; i <= widget.amount(); i++) {
            String eventId = UUID.randomUUID().toString();
            events.add(new Outbox.Pending<>(id, eventId, CaseEventEnvelope.newBuilder()
                    .setEventId(eventId).setCaseId(id).setOccurredAt(Instant.now()).setRecordedAt(Instant.now())
                    .setProducer("support-test")
                    .setPayload(CaseClosed.newBuilder().setClosedOn(LocalDate.of(2026, 5, 1))
                            .setReason(CaseClosureReason.WITHDRAWN).setNotes(widget.name() + " " + i).build())
                    .build()));
        }
        outbox.appendAll(Topics.CASE_EVENTS, events);
        return HttpResponse.created(id);
    }

    @Get
    String list(@io.micronaut.http.annotation.QueryValue int size) {
        return "[]".repeat(Math.min(1, size));
    }

    /** Only for operators: a 403 for anybody else (AuthenticationTest). */
    @Get("/operators-only")
    @Secured("OPERATOR")
    String operatorsOnly() {
        return "ok";
    }

    /** Fails the way a data-access bug does: the exception's message carries SQL. */
    @Get("/broken")
    String broken() {
        throw new IllegalStateException("Error executing SQL Query: select secret_column from widget where id = 'w-1'");
    }

    /** Fails with an Error rather than an exception. */
    @Get("/asserted")
    String asserted() {
        throw new AssertionError("invariant of org.sanctionsplatform.support.testapp.WidgetController#asserted broken");
    }

    @Get("/{id}")
    String find(String id) {
        throw ProblemException.notFound("no widget " + id);
    }
}
