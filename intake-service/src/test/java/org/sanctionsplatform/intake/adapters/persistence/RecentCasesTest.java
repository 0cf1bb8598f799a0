package org.sanctionsplatform.intake.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.intake.domain.BreachCase;
import org.sanctionsplatform.intake.domain.CalendarDivision;
import org.sanctionsplatform.intake.domain.CaseId;
import org.sanctionsplatform.intake.domain.CaseOrigin;
import org.sanctionsplatform.intake.domain.CaseProcedure;
import org.sanctionsplatform.intake.domain.CaseReference;

class RecentCasesTest {

    @Test
    void keepsTheMostRecentlyUsedCasesUpToItsSizeAndNeverAnEarlierVersionOverALaterOne() {
        RecentCases recent = new RecentCases(2);
        BreachCase a = aCase();
        BreachCase b = aCase();
        BreachCase c = aCase();

        recent.committed("a", 0, a);
        recent.committed("b", 0, b);
        assertThat(recent.get("a")).isPresent(); // used: "b" is now the least recently used
        recent.committed("c", 0, c);
        assertThat(recent.get("b")).isEmpty();
        assertThat(recent.get("a")).map(RecentCases.Entry::state).containsSame(a);
        assertThat(recent.get("c")).map(RecentCases.Entry::state).containsSame(c);

        // two commits of one case finishing in the other order on their threads: the later version stays
        recent.committed("a", 2, b);
        recent.committed("a", 1, c);
        assertThat(recent.get("a")).map(RecentCases.Entry::version).contains(2L);
        assertThat(recent.get("a")).map(RecentCases.Entry::state).containsSame(b);

        recent.forget("a");
        assertThat(recent.get("a")).isEmpty();
    }

    @Test
    void sizeZeroKeepsNothingAndANegativeSizeIsRefused() {
        RecentCases off = new RecentCases(0);
        off.committed("a", 0, aCase());
        assertThat(off.get("a")).isEmpty();
        assertThatThrownBy(() -> new RecentCases(-1)).hasMessageContaining("sep.intake.recent-cases");
    }

    private static BreachCase aCase() {
        return new BreachCase(new CaseId(UUID.randomUUID()), new CaseReference("OFSI-2026-000001"), LocalDate.of(2026, 3, 2),
                CaseProcedure.values()[0], CaseOrigin.values()[0], CalendarDivision.values()[0], "a case",
                Instant.parse("2026-03-02T10:00:00Z"), List.of(), List.of(), List.of(), null, List.of(), List.of(), null,
                List.of());
    }
}
