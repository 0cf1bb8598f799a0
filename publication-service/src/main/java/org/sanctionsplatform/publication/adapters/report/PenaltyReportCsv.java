package org.sanctionsplatform.publication.adapters.report;

import java.util.List;
import org.sanctionsplatform.publication.domain.PenaltyReport;

/**
 * The s.149(2) report as one CSV table (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line
 * break quoted, quotes doubled), one row per line of the report:
 * {@code from,to,dimension,value,cases,penalties,penalty_total_gbp}. The dimensions: {@code total}, {@code level},
 * {@code outcome}, {@code regime}, {@code breach_type}, {@code warnings}, {@code disclosures}, {@code published}
 * (value: a publication kind), {@code amended} and {@code withheld} (in all, then by publication kind). A value that a spreadsheet would take for a formula (starting with
 * =, +, -, @) is prefixed with an apostrophe (OWASP's advice against CSV injection).
 */
final class PenaltyReportCsv {

    static final String HEADER = "from,to,dimension,value,cases,penalties,penalty_total_gbp";

    private PenaltyReportCsv() {
    }

    static String write(PenaltyReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        String period = report.from() + "," + report.to() + ",";
        line(csv, period, "total", report.total());
        lines(csv, period, "level", report.byLevel());
        lines(csv, period, "outcome", report.byOutcome());
        lines(csv, period, "regime", report.byRegime());
        lines(csv, period, "breach_type", report.byBreachType());
        csv.append(period).append("warnings,,").append(report.warnings()).append(",,\r\n");
        csv.append(period).append("disclosures,,").append(report.disclosures()).append(",,\r\n");
        report.published().releasedByKind().forEach((kind, count) ->
                csv.append(period).append("published,").append(field(kind)).append(',').append(count).append(",,\r\n"));
        csv.append(period).append("amended,,").append(report.published().amended()).append(",,\r\n");
        csv.append(period).append("withheld,,").append(report.published().withheld()).append(",,\r\n");
        report.published().withheldByKind().forEach((kind, count) ->
                csv.append(period).append("withheld,").append(field(kind)).append(',').append(count).append(",,\r\n"));
        return csv.toString();
    }

    private static void lines(StringBuilder csv, String period, String dimension, List<PenaltyReport.Line> lines) {
        lines.forEach(line -> line(csv, period, dimension, line));
    }

    private static void line(StringBuilder csv, String period, String dimension, PenaltyReport.Line line) {
        csv.append(period).append(dimension).append(',')
                .append(dimension.equals("total") ? "" : field(line.value())).append(',')
                .append(line.cases()).append(',').append(line.penalties()).append(',')
                .append(line.penaltyTotal().toPlainString()).append("\r\n");
    }

    static String field(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
