package org.sanctionsplatform.publication.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.sanctionsplatform.publication.domain.PenaltyReport;

/** The periodic report under s.149(2), read in one read-only transaction. */
@Singleton
public class PenaltyReports {

    private final PenaltyReportSource source;

    public PenaltyReports(PenaltyReportSource source) {
        this.source = source;
    }

    @Transactional(readOnly = true)
    public PenaltyReport of(LocalDate from, LocalDate to) {
        return PenaltyReport.of(from, to, source.casesDecided(from, to), source.published(from, to));
    }
}
