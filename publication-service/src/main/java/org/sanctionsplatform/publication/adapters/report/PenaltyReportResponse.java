package org.sanctionsplatform.publication.adapters.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sanctionsplatform.publication.domain.PenaltyReport;

/** {@code GET /reports/penalties} as JSON: the s.149(2) report of a period. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record PenaltyReportResponse(LocalDate from, LocalDate to, Line total, long warnings, long disclosures,
                             List<Line> byLevel, List<Line> byOutcome, List<Line> byRegime, List<Line> byBreachType,
                             Published published) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Line(String value, long cases, long penalties, BigDecimal penaltyTotal) {
        static Line from(PenaltyReport.Line line) {
            return new Line(line.value(), line.cases(), line.penalties(), line.penaltyTotal());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Published(long released, Map<String, Long> releasedByKind, long amended, long withheld,
                     Map<String, Long> withheldByKind) {
    }

    static PenaltyReportResponse from(PenaltyReport r) {
        return new PenaltyReportResponse(r.from(), r.to(), Line.from(r.total()), r.warnings(), r.disclosures(),
                r.byLevel().stream().map(Line::from).toList(), r.byOutcome().stream().map(Line::from).toList(),
                r.byRegime().stream().map(Line::from).toList(), r.byBreachType().stream().map(Line::from).toList(),
                new Published(r.published().released(), r.published().releasedByKind(), r.published().amended(),
                        r.published().withheld(), r.published().withheldByKind()));
    }
}
