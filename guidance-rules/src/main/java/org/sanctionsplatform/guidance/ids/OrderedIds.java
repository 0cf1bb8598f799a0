package org.sanctionsplatform.guidance.ids;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Derived ids that sort with what they are derived from (issue "Pipeline speed"). Every service keys its tables by ids:
 * a case's rows by its case id, a window's by its window id, a publication's by its publication id, every consumed event
 * by its event id. Intake makes case ids and event ids in time order (version 7 UUIDs, RFC 9562 §5.7: the first 48 bits
 * the millisecond they were made). An id derived from one of them (a window of the case, a publication of the case, an
 * event about the window) must stay the same each time it is derived, so a redelivered event names the same window;
 * a name-based UUID gives that, but lands on a random page of every index it is written to. {@link #after} keeps the
 * name-based id's bits and puts the anchor's millisecond in front, so the rows of one case, and of the cases opened
 * about the same time, go to the same right-hand pages of the indexes instead of dirtying a random page each.
 *
 * <p>Used by every service that derives ids (the window ids here, deadline's extension, window and timer event ids,
 * publication's event ids, assessment's {@code CaseAssessed} ids), so there is one derivation. Publication ids are not
 * derived this way: they are public, and must not tell when the case was opened.
 */
public final class OrderedIds {

    private OrderedIds() {
    }

    /** The name-based (version 3) UUID of the name, as {@link UUID#nameUUIDFromBytes} of its UTF-8 bytes. */
    public static UUID named(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The id derived from {@code named} that sorts with {@code anchor}: when the anchor is a UUID whose first 48 bits are
     * its millisecond (version 7, or version 8 as this method makes), a version 8 UUID (RFC 9562 §5.8) of the anchor's
     * 48 bits and 74 bits of {@code named}; otherwise (an id made elsewhere, or before ids were made in order)
     * {@code named} itself, so ids derived before keep their value. Either way the same anchor and name give the same id.
     * Only the anchor's millisecond is taken from it: the name must name what makes the id unique (every caller's names
     * the anchor itself, a case id, a window id, a cause's event id).
     */
    public static String after(String anchor, UUID named) {
        UUID time = timePrefixed(anchor);
        if (time == null) {
            return named.toString();
        }
        long msb = (time.getMostSignificantBits() & 0xFFFF_FFFF_FFFF_0000L) | 0x8000L
                | (named.getMostSignificantBits() & 0x0FFFL);
        // the name-based id's low half already carries the variant (binary 10) in its top two bits
        return new UUID(msb, named.getLeastSignificantBits()).toString();
    }

    /** {@link #after} the name-based id of the parts joined by {@code |}. */
    public static String after(String anchor, String... parts) {
        return after(anchor, named(String.join("|", parts)));
    }

    /** Whether the text is a UUID that starts with its millisecond (version 7 or 8). */
    public static boolean isTimePrefixed(String id) {
        return timePrefixed(id) != null;
    }

    private static UUID timePrefixed(String id) {
        if (id == null || id.length() != 36) {
            return null;
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
        return uuid.variant() == 2 && (uuid.version() == 7 || uuid.version() == 8) ? uuid : null;
    }
}
