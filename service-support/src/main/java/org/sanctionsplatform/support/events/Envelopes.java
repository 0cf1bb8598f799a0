package org.sanctionsplatform.support.events;

import java.util.UUID;
import org.sanctionsplatform.guidance.ids.OrderedIds;

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
     * A deterministic id, as {@link #deterministicEventId}, that sorts with the id it is derived from: when that id
     * starts with its millisecond (a version 7 UUID made in order by {@link EventIds}, as intake's case events and case
     * ids are, or a version 8 id derived this way), the new id starts with the same 48 bits and goes on with 74 bits of
     * the name-based id of the parts, as a version 8 UUID (RFC 9562 §5.8); otherwise it is the name-based id. Either way
     * the same anchor and parts always give the same id. The services that consume the new event then append it to their
     * processed-event index, as they do its cause (issue "Pipeline speed"; the one derivation: guidance-rules'
     * {@link OrderedIds}).
     */
    public static String deterministicEventIdAfter(String anchor, String... parts) {
        return OrderedIds.after(anchor, parts);
    }

    private static UUID named(String... parts) {
        return OrderedIds.named(String.join("|", parts));
    }
}
