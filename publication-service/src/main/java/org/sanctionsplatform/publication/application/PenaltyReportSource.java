package org.sanctionsplatform.publication.application;

import java.time.LocalDate;
import java.util.List;
import org.sanctionsplatform.publication.domain.PenaltyReport;

/** What the s.149(2) report is made of, read from publication-service's data for a period. */
public interface PenaltyReportSource {

    /** The cases whose outcome was reached in the period (from and to included). */
    List<PenaltyReport.ReportedCase> casesDecided(LocalDate from, LocalDate to);

    /** What the public register published in the period. */
    PenaltyReport.Published published(LocalDate from, LocalDate to);
}
