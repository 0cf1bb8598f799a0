package org.sanctionsplatform.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** New event ids sort in the order they were made; derived ids are deterministic and sort with their cause. */
class EventIdsTest {

    private static final Instant T = Instant.parse("2026-03-02T09:15:30.123Z");

    /** A clock that moves on by the given milliseconds each time it is read after {@link #step}. */
    private static final class SteppingClock extends Clock {
        private long millis = T.toEpochMilli();

        void step(long by) {
            millis += by;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void newIdsAreVersion7OnTheGivenClockAndSortAsTheyWereMade() {
        SteppingClock clock = new SteppingClock();
        Supplier<UUID> ids = EventIds.timeOrdered(clock);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            if (i % 1_000 == 999) {
                clock.step(i % 2_000 == 999 ? 1 : 86_400_000L); // the next millisecond, then the next day
            }
            UUID id = ids.get();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis()); // the first 48 bits: its millisecond
            made.add(id.toString());
        }
        // many in one millisecond (a fixed clock) are still distinct, and their text sorts as they were made: the order
        // of the indexes they are kept in
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made).isSorted();
    }

    @Test
    void anIdDerivedFromAVersion7CauseIsDeterministicAndSortsWithTheCause() {
        SteppingClock clock = new SteppingClock();
        Supplier<UUID> ids = EventIds.timeOrdered(clock);
        String earlier = ids.get().toString();
        clock.step(1);
        String later = ids.get().toString();

        String fromEarlier = Envelopes.deterministicEventIdAfter(earlier, "CaseAssessed", earlier);
        String fromLater = Envelopes.deterministicEventIdAfter(later, "CaseAssessed", later);
        assertThat(Envelopes.deterministicEventIdAfter(earlier, "CaseAssessed", earlier)).isEqualTo(fromEarlier);
        assertThat(fromEarlier).isNotEqualTo(fromLater)
                .isNotEqualTo(Envelopes.deterministicEventIdAfter(earlier, "PublicationDrafted", earlier));
        UUID derived = UUID.fromString(fromEarlier);
        assertThat(derived.version()).isEqualTo(8);
        assertThat(derived.variant()).isEqualTo(2);
        assertThat(fromEarlier.substring(0, 13)).isEqualTo(earlier.substring(0, 13)); // the cause's 48-bit millisecond
        assertThat(List.of(fromEarlier, fromLater)).isSorted();
        // the rest is the name-based id's: 12 bits of its first half, all of its second
        UUID named = UUID.fromString(Envelopes.deterministicEventId("CaseAssessed", earlier));
        assertThat(derived.getMostSignificantBits() & 0x0FFFL).isEqualTo(named.getMostSignificantBits() & 0x0FFFL);
        assertThat(derived.getLeastSignificantBits()).isEqualTo(named.getLeastSignificantBits());
    }

    @Test
    void anIdDerivedFromAnyOtherCauseIsTheNameBasedId() {
        String random = "0d5b8a0e-8f3c-4a55-9a43-5b0f1b1c2d3e";
        assertThat(Envelopes.deterministicEventIdAfter(random, "CaseAssessed", random))
                .isEqualTo(Envelopes.deterministicEventId("CaseAssessed", random));
        assertThat(Envelopes.deterministicEventIdAfter("not-a-uuid", "CaseAssessed", "not-a-uuid"))
                .isEqualTo(Envelopes.deterministicEventId("CaseAssessed", "not-a-uuid"));
        assertThat(Envelopes.deterministicEventIdAfter(null, "CaseAssessed", "x"))
                .isEqualTo(Envelopes.deterministicEventId("CaseAssessed", "x"));
    }
}
