package org.sanctionsplatform.deadline.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctionsplatform.deadline.application.CaseDeadlines;
import org.sanctionsplatform.deadline.domain.Worklist;
import org.sanctionsplatform.support.problem.ProblemException;

/**
 * A case officer's worklist: {@code GET /deadlines/upcoming?within=10} lists the open windows of every case due
 * from today to the {@code within}-th business day after today (default 10, at most 250), each counted in its
 * own calendar division, earliest first. A bad {@code within} is a 400 problem naming it.
 */
@Controller("/deadlines")
class UpcomingDeadlinesController {

    static final int DEFAULT_WITHIN = 10;

    private final CaseDeadlines caseDeadlines;

    UpcomingDeadlinesController(CaseDeadlines caseDeadlines) {
        this.caseDeadlines = caseDeadlines;
    }

    @Get("/upcoming")
    UpcomingView upcoming(@QueryValue @Nullable String within) {
        CaseDeadlines.Upcoming upcoming = caseDeadlines.upcoming(within(within));
        return new UpcomingView(upcoming.today(), upcoming.withinBusinessDays(),
                upcoming.entries().stream().map(UpcomingWindowView::of).toList());
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
    record UpcomingView(LocalDate today, int withinBusinessDays, List<UpcomingWindowView> windows) {
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
