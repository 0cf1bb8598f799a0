package org.sanctionsplatform.publication.adapters.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.publication.application.PenaltyReports;
import org.sanctionsplatform.publication.domain.PenaltyReport;
import org.sanctionsplatform.support.problem.FieldViolation;
import org.sanctionsplatform.support.problem.ProblemException;

import static org.sanctionsplatform.support.security.Roles.AUDITOR;
import static org.sanctionsplatform.support.security.Roles.DECISION_MAKER;
import static org.sanctionsplatform.support.security.Roles.PUBLICATION_OFFICER;

/**
 * The periodic report under s.149(2) for a period, as JSON or as CSV ({@code Accept: text/csv} or
 * {@code format=csv}). Aggregates only, but of cases not yet (or never, §11.3) published, so not public: for those who
 * prepare and check what the authority publishes: the publication officer who compiles it, the decision maker who
 * answers for it, the auditor. Case officers work on cases, not on the authority's reporting.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/reports")
class PenaltyReportController {

    static final String CSV = "text/csv";
    /** The longest period one report covers: ten years. */
    static final long MAX_DAYS = 3660;

    private final PenaltyReports reports;

    PenaltyReportController(PenaltyReports reports) {
        this.reports = reports;
    }

    @Get("/penalties")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Secured({PUBLICATION_OFFICER, DECISION_MAKER, AUDITOR})
    HttpResponse<?> penalties(HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                              @Nullable @QueryValue String format) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate start = date("from", from, violations);
        LocalDate end = date("to", to, violations);
        boolean csv;
        if (format == null || format.isBlank()) {
            csv = request.getHeaders().accept().stream().anyMatch(type -> type.toString().equals(CSV))
                    && request.getHeaders().accept().stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::equals);
        } else if (format.equals("csv") || format.equals("json")) {
            csv = format.equals("csv");
        } else {
            violations.add(new FieldViolation("format", "must be json or csv"));
            csv = false;
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                violations.add(new FieldViolation("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
                violations.add(new FieldViolation("to", "the period must be at most " + MAX_DAYS + " days"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        PenaltyReport report = reports.of(start, end);
        if (csv) {
            return HttpResponse.ok(PenaltyReportCsv.write(report)).contentType(CSV + ";charset=UTF-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"s149-report-" + start + "-to-"
                            + end + ".csv\"");
        }
        return HttpResponse.ok(PenaltyReportResponse.from(report)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static LocalDate date(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required (a date, yyyy-mm-dd)"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a date, yyyy-mm-dd"));
            return null;
        }
    }
}
