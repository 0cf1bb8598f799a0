package org.sanctionsplatform.support.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Derived event ids and producer names for the envelopes of the contract (DESIGN §2); new ids: {@link EventIds}. */
public final class Envelopes {

    public static final String INTAKE = "intake-service";
    public static final String ASSESSMENT = "assessment-service";
    public static final String DEADLINE = "deadline-service";
    public static final String PUBLICATION = "publication-service";

    private Envelopes() {
    }

    /** A name-based UUID from the given parts: the same parts always give the same id (for deduplication). */
    public static String deterministicEventId(String... parts) {
        return named(parts).toString();
    }

    /**
     * A deterministic id, as {@link #deterministicEventId}, that sorts with the event that caused it: when the cause's
     * id is a version 7 UUID (made in order by {@link EventIds}, as intake's case events are), the new id starts with
     * its first 48 bits (the millisecond it was made) and goes on with 74 bits of the name-based id of the parts, as a
     * version 8 UUID (RFC 9562 §5.8); otherwise it is the name-based id. Either way the same cause and parts always give
     * the same id. The services that consume the new event then append it to their processed-event index, as they do
     * the cause (issue "Pipeline speed", {@link EventIds}).
     */
    public static String deterministicEventIdAfter(String causeEventId, String... parts) {
        UUID named = named(parts);
        UUID cause = parseOrNull(causeEventId);
        if (cause == null || cause.version() != 7) {
            return named.toString();
        }
        long msb = (cause.getMostSignificantBits() & 0xFFFF_FFFF_FFFF_0000L) | 0x8000L | (named.getMostSignificantBits() & 0x0FFFL);
        // the name-based id's low half already carries the variant (binary 10) in its top bits
        return new UUID(msb, named.getLeastSignificantBits()).toString();
    }

    private static UUID named(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    private static UUID parseOrNull(String id) {
        if (id == null || id.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
