package org.sanctionsplatform.schemas.avro;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * A writer schema's fingerprint as Avro single-object encoding carries it: the CRC-64-AVRO of the schema's parsing
 * canonical form, written as 8 little-endian bytes after the marker {@code C3 01}. Spelled as those 8 bytes in hex, in
 * wire order ({@code 0x…} optional), as dead-letter reasons print it and {@code GET /schemas/{fingerprint}} takes it.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The CRC-64-AVRO fingerprint of a schema. */
    public static long of(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /** The 8 bytes of the fingerprint in wire order, as 16 lower-case hex digits. */
    public static String hex(long fingerprint) {
        byte[] bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(fingerprint).array();
        return HexFormat.of().formatHex(bytes);
    }

    /** The fingerprint spelled as {@link #hex} does (with or without {@code 0x}); IllegalArgumentException otherwise. */
    public static long parse(String text) {
        String digits = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (digits.startsWith("0x")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 16 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("a fingerprint is 16 hex digits (8 bytes in wire order, 0x optional)");
        }
        return ByteBuffer.wrap(HexFormat.of().parseHex(digits)).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }
}
