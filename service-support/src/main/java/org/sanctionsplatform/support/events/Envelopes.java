package org.sanctionsplatform.support.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Event ids and producer names for the envelopes of the contract (DESIGN §2). */
public final class Envelopes {

    public static final String INTAKE = "intake-service";
    public static final String ASSESSMENT = "assessment-service";
    public static final String DEADLINE = "deadline-service";
    public static final String PUBLICATION = "publication-service";

    private Envelopes() {
    }

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** A name-based UUID from the given parts: the same parts always give the same id (for deduplication). */
    public static String deterministicEventId(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
