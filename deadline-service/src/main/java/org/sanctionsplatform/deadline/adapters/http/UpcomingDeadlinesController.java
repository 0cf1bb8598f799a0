package org.sanctionsplatform.deadline.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.deadline.domain.Worklist;
import org.sanctionsplatform.support.problem.ProblemException;

import static org.sanctionsplatform.support.security.Roles.AUDITOR;
import static org.sanctionsplatform.support.security.Roles.CASE_OFFICER;
import static org.sanctionsplatform.support.security.Roles.DECISION_MAKER;
import static org.sanctionsplatform.support.security.Roles.PUBLICATION_OFFICER;

/**
 * A case officer's worklist: {@code GET /deadlines/upcoming?within=10} lists the open windows of every case due
 * from today to the {@code within}-th business day after today (default 10, at most 250), each counted in its
 * own calendar division, earliest first, a page of {@code limit} windows at a time (default 100, at most 1,000);
 * {@code next} is the {@code after} that asks for the following page (null on the last). A bad {@code within},
 * {@code limit} or {@code after} is a 400 problem naming it.
 */
// JDBC (and CPU-heavy work) never runs on the Netty event loop: a slow request must not hold up /health or others
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/deadlines")
class UpcomingDeadlinesController {

    static final int DEFAULT_WITHIN = 10;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final CaseDeadlines caseDeadlines;

    UpcomingDeadlinesController(CaseDeadlines caseDeadlines) {
        this.caseDeadlines = caseDeadlines;
    }

    @Get("/upcoming")
    @Secured({CASE_OFFICER, DECISION_MAKER, PUBLICATION_OFFICER, AUDITOR})
    UpcomingView upcoming(@QueryValue @Nullable String within, @QueryValue @Nullable String limit,
                          @QueryValue @Nullable String after) {
        List<ProblemException> problems = new ArrayList<>();
        int days = checked(problems, () -> within(within), DEFAULT_WITHIN);
        int pageSize = checked(problems, () -> limit(limit), DEFAULT_LIMIT);
        Optional<Worklist.Position> from = checked(problems, () -> PageToken.decode(after), Optional.empty());
        if (!problems.isEmpty()) {
            throw problems.size() == 1 ? problems.get(0) : ProblemException.invalid(problems.stream()
                    .flatMap(p -> p.violations().stream()).toList());
        }
        CaseDeadlines.Upcoming upcoming = caseDeadlines.upcoming(days, from, pageSize);
        return new UpcomingView(upcoming.today(), upcoming.withinBusinessDays(),
                upcoming.entries().stream().map(UpcomingWindowView::of).toList(),
                upcoming.next().map(PageToken::encode).orElse(null));
    }

    private static <T> T checked(List<ProblemException> problems, Supplier<T> parse, T fallback) {
        try {
            return parse.get();
        } catch (ProblemException e) {
            problems.add(e);
            return fallback;
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        String rule = "must be a whole number of windows from 1 to " + MAX_LIMIT;
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("limit", rule + ", was '" + text + "'");
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.invalid("limit", rule + ", was " + value);
        }
        return value;
    }

    /**
     * The opaque {@code next}/{@code after} token: where the page before ended (the due instant and id of its last
     * window), base64url-encoded so that clients pass it back as it is.
     */
    static final class PageToken {

        private PageToken() {
        }

        static String encode(Worklist.Position position) {
            String text = position.dueAt() + "|" + position.windowId();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Optional<Worklist.Position> decode(String token) {
            if (token == null || token.isBlank()) {
                return Optional.empty();
            }
            try {
                String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                if (bar < 0 || bar == text.length() - 1) {
                    throw new IllegalArgumentException("no window id");
                }
                return Optional.of(new Worklist.Position(Instant.parse(text.substring(0, bar)), text.substring(bar + 1)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw ProblemException.invalid("after", "must be the 'next' of an earlier page, passed back unchanged; '"
                        + token + "' is not one");
            }
        }
    }

    // taken as text so that a non-number is answered as a problem naming the field, like every other bad value
    private static int within(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_WITHIN;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("within", "must be a whole number of business days from 0 to "
                    + Worklist.MAX_WITHIN_BUSINESS_DAYS + ", was '" + text + "'");
        }
        if (value < 0 || value > Worklist.MAX_WITHIN_BUSINESS_DAYS) {
            throw ProblemException.invalid("within", "must be from 0 to " + Worklist.MAX_WITHIN_BUSINESS_DAYS
                    + " business days, was " + value);
        }
        return value;
    }

    /** The worklist as of {@code today} (Europe/London). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UpcomingView(LocalDate today, int withinBusinessDays, List<UpcomingWindowView> windows,
                        @Nullable String next) {
    }

    /** One open window on the worklist; {@code businessDaysLeft} is 0 on the due day. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UpcomingWindowView(String caseId, String windowId, String kind, String guidanceSection,
                              @Nullable String subjectId, LocalDate dueDate, Instant dueAt, String division,
                              int businessDaysLeft, int extendedBusinessDays) {

        static UpcomingWindowView of(Worklist.Entry entry) {
            var w = entry.window();
            return new UpcomingWindowView(w.caseId().value(), w.id().value(), w.kind().name(), w.guidanceSection(),
                    w.subjectId().orElse(null), w.dueDate(), w.dueAt(), w.division().name(), entry.businessDaysLeft(),
                    w.extendedBusinessDays());
        }
    }
}
