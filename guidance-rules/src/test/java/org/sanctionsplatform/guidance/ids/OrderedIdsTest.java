package org.sanctionsplatform.guidance.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.guidance.windows.CaseId;
import org.sanctionsplatform.guidance.windows.WindowId;
import org.sanctionsplatform.guidance.windows.WindowKind;

/** Derived ids are deterministic, sort with what they are derived from, and keep their old value otherwise. */
class OrderedIdsTest {

    /** A version 7 UUID (RFC 9562 §5.7) of the given millisecond, as intake makes case ids and event ids. */
    private static String v7(long millis, long random) {
        long msb = (millis << 16) | 0x7000L | (random & 0x0FFFL);
        long lsb = 0x8000_0000_0000_0000L | (random * 0x9E37_79B9_7F4A_7C15L >>> 2);
        return new UUID(msb, lsb).toString();
    }

    private static final long T = 1_772_442_930_123L; // 2026-03-02T09:15:30.123Z

    @Test
    void anIdDerivedFromATimeOrderedIdStartsWithItsMillisecondAndKeepsTheNameBasedBits() {
        String anchor = v7(T, 42);
        UUID named = OrderedIds.named("case|REPRESENTATIONS||noi-1");

        UUID derived = UUID.fromString(OrderedIds.after(anchor, named));

        assertThat(derived.version()).isEqualTo(8);
        assertThat(derived.variant()).isEqualTo(2);
        assertThat(derived.getMostSignificantBits() >>> 16).isEqualTo(T);
        assertThat(derived.getMostSignificantBits() & 0x0FFFL).isEqualTo(named.getMostSignificantBits() & 0x0FFFL);
        assertThat(derived.getLeastSignificantBits()).isEqualTo(named.getLeastSignificantBits());
        assertThat(OrderedIds.after(anchor, named)).isEqualTo(derived.toString()); // deterministic
        assertThat(OrderedIds.after(anchor, OrderedIds.named("another"))).isNotEqualTo(derived.toString());
        // only the anchor's millisecond is taken: what makes the id unique is in the name (every caller names the anchor)
        assertThat(OrderedIds.after(v7(T, 43), named)).isEqualTo(derived.toString());
        assertThat(OrderedIds.after(v7(T, 43), "case", v7(T, 43)))
                .isNotEqualTo(OrderedIds.after(v7(T, 42), "case", v7(T, 42)));
    }

    @Test
    void idsDerivedFromLaterAnchorsSortLaterAndChainsKeepTheFirstMillisecond() {
        List<String> derived = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            derived.add(OrderedIds.after(v7(T + i, i), "window", Integer.toString(i)));
        }
        assertThat(derived).isSorted();

        String caseId = v7(T, 7);
        String windowId = OrderedIds.after(caseId, caseId, "REPRESENTATIONS");
        String eventId = OrderedIds.after(windowId, "DeadlineOpened", windowId);
        assertThat(OrderedIds.isTimePrefixed(windowId)).isTrue();
        assertThat(UUID.fromString(eventId).version()).isEqualTo(8);
        assertThat(UUID.fromString(eventId).getMostSignificantBits() >>> 16).isEqualTo(T);
    }

    @Test
    void anyOtherAnchorGivesTheNameBasedIdAsBefore() {
        UUID named = UUID.nameUUIDFromBytes("a|b".getBytes(StandardCharsets.UTF_8));
        assertThat(OrderedIds.named("a|b")).isEqualTo(named);
        for (String anchor : new String[] {UUID.randomUUID().toString(), named.toString(), "case-held", "", null,
                "0189f7e2-0000-7000-c000-000000000000" /* version 7 bits, not the RFC's variant */}) {
            assertThat(OrderedIds.after(anchor, "a", "b")).as("anchor %s", anchor).isEqualTo(named.toString());
            assertThat(OrderedIds.isTimePrefixed(anchor)).isFalse();
        }
    }

    @Test
    void aWindowOfACaseWithAnIdMadeInOrderSortsWithTheCaseAndOlderCasesKeepTheirWindowIds() {
        String ordered = v7(T, 1);
        WindowId window = WindowId.of(new CaseId(ordered), WindowKind.REPRESENTATIONS, Optional.of("S-1"), "noi-1");
        assertThat(UUID.fromString(window.value()).getMostSignificantBits() >>> 16).isEqualTo(T);
        assertThat(WindowId.of(new CaseId(ordered), WindowKind.REPRESENTATIONS, Optional.of("S-1"), "noi-1"))
                .isEqualTo(window);

        String older = "2b2f0c9e-3d0a-4a39-9a51-0c1f6a1f0001"; // a version 4 case id, as intake made them before
        String name = String.join("|", older, WindowKind.REPRESENTATIONS.name(), "S-1", "noi-1");
        assertThat(WindowId.of(new CaseId(older), WindowKind.REPRESENTATIONS, Optional.of("S-1"), "noi-1").value())
                .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }
}
