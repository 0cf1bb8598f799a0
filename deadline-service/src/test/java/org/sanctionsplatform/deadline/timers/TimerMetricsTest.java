package org.sanctionsplatform.deadline.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.Division;
import org.sanctionsplatform.deadline.adapters.timers.TimerSweep;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.Window;
import org.sanctionsplatform.guidance.windows.WindowEvent;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.guidance.windows.WindowKind;
import org.sanctionsplatform.guidance.windows.WindowLength;
import org.sanctionsplatform.guidance.windows.WindowState;

/**
 * The timer sweep on the service's metrics (docs/observability.md): the timers due and not fired yet
 * ({@code sep.timers.due}), then, once the sweep has fired them, how many fired by kind ({@code sep.timers.fired}) and
 * how late ({@code sep.timers.lateness}), on a clock the test moves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimerMetricsTest {

    /** Thursday 10 December 2026; 30 business days later is Tuesday 26 January 2027. */
    private static final LocalDate NOTICE = LocalDate.of(2026, 12, 10);

    private ApplicationContext context;
    private MutableClock clock;
    private TimerSweep sweep;
    private MeterRegistry meters;

    @BeforeAll
    void start() {
        context = DeadlineContexts.replica(DeadlineContexts.newDatabase(), Instant.parse("2026-12-10T10:00:00Z"),
                Map.of("sep.deadline.timers.enabled", "false"));
        clock = context.getBean(MutableClock.class);
        sweep = context.getBean(TimerSweep.class);
        meters = context.getBean(MeterRegistry.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aReminderFiredTwoMinutesLateIsDueThenCountedWithItsLateness() {
        BusinessCalendar calendar = context.getBean(org.sanctionsplatform.calendar.BusinessCalendars.class)
                .of(Division.ENGLAND_AND_WALES);
        LocalDate due = calendar.addBusinessDays(NOTICE, 30);
        CaseId id = new CaseId("case-metrics");
        Window window = new Window(WindowId.of(id, WindowKind.REPRESENTATIONS, Optional.empty(), "noi-1"), id,
                WindowKind.REPRESENTATIONS, Optional.empty(), "7.1", Division.ENGLAND_AND_WALES, NOTICE,
                WindowLength.businessDays(30), due, calendar.endOfDay(due), false, "noi-1", WindowState.OPEN);
        context.getBean(WindowChanges.class).changed("noi-1", new WindowEvent.Opened(window));
        assertThat(meters.get("sep.timers.due").gauge().value()).isZero();

        // the first reminder (5 business days before) fell due at the start of 19 January; the sweep runs 2 minutes later
        clock.set(Instant.parse("2027-01-19T00:02:00Z"));
        assertThat(meters.get("sep.timers.due").gauge().value()).isEqualTo(1);
        assertThat(sweep.fireDueBatch()).isEqualTo(1);

        assertThat(meters.get("sep.timers.due").gauge().value()).isZero();
        assertThat(meters.get("sep.timers.fired").tag("kind", "reminder").counter().count()).isEqualTo(1);
        assertThat(meters.get("sep.timers.lateness").tag("kind", "reminder").timer().count()).isEqualTo(1);
        assertThat(meters.get("sep.timers.lateness").tag("kind", "reminder").timer().totalTime(TimeUnit.SECONDS))
                .isEqualTo(120.0);
    }
}
