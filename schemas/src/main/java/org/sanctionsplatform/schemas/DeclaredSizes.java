package org.sanctionsplatform.schemas;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A binary Avro body may declare only what its own bytes can hold: a string or bytes value no longer than the bytes
 * that remain, a collection with no more items than the remaining bytes can encode (at least one byte per item, or at
 * most {@code maxItemsWithoutBytes} items whose encoding takes no byte at all, such as nulls), union and enum indexes
 * inside the writer schema. The body is walked against its writer schema before Avro decodes it, reading only
 * numbers and skipping values, so a record of a few bytes that claims two billion bytes or a billion items is refused
 * with its reason instead of making Avro allocate what it claims.
 *
 * <p>Why not only Avro's own limits ({@code org.apache.avro.limits.string.maxLength},
 * {@code …bytes.maxLength}, {@code …collectionItems.maxLength}, raising {@code SystemLimitException}): they are
 * system properties read once, in a static initializer of {@code SystemLimitException}, so they are fixed for the
 * whole JVM by whichever code first decodes anything (the launcher runs four services in one JVM), cannot differ
 * per topic, and could be set from here only as global mutable state. A bound taken from the record's own size is
 * sound (a value cannot be longer than the bytes that carry it) and tighter than any fixed limit. Operators may
 * still set those properties; whatever Avro then raises becomes a SerializationException like any other failure.
 */
final class DeclaredSizes {

    private final byte[] bytes;
    private final long maxItemsWithoutBytes;
    /**
     * The fewest bytes a value of a schema can take, by schema, worked out once per schema for all records (it was
     * worked out again for every record: a third of the check's time in a replay). Keyed by equality: equal schemas
     * have the same minimum; the schemas are the topics' released and fetched writer schemas, a bounded set.
     */
    private static final Map<Schema, Integer> MINIMUM_SIZES = new ConcurrentHashMap<>();
    private int position;

    private DeclaredSizes(byte[] bytes, int offset, long maxItemsWithoutBytes) {
        this.bytes = bytes;
        this.position = offset;
        this.maxItemsWithoutBytes = maxItemsWithoutBytes;
    }

    /** Walks the body that starts at {@code offset}; throws {@link Oversized} naming the field that claims too much. */
    static void check(Schema writer, byte[] bytes, int offset, long maxItemsWithoutBytes) {
        new DeclaredSizes(bytes, offset, maxItemsWithoutBytes).value(writer);
    }

    /**
     * Where in the record the walk is: the names of the fields it is inside, outermost first, spelled out
     * ("breaches.estimatedValue") only for the message of a refusal. A stack of names rather than an object per value:
     * the walk visits every field of every record consumed, and building each one's path as a string took a third of
     * the check's time (JFR, a replay of 30,000 case events); an object per field was still 90 % of what decoding a
     * {@code CaseAssessed} through a consumer's projection allocated (async-profiler, {@code CodecBenchmark}).
     */
    private String[] names = new String[8];
    private int depth;

    private void enter(String name) {
        if (depth == names.length) {
            names = java.util.Arrays.copyOf(names, depth * 2);
        }
        names[depth++] = name;
    }

    private void leave() {
        names[--depth] = null;
    }

    /** The field the walk is in, as "breaches.estimatedValue" ("" for the record itself). */
    private String path() {
        return String.join(".", java.util.Arrays.asList(names).subList(0, depth));
    }

    /** A body that declares more than it holds, or something its writer schema does not have. */
    static final class Oversized extends RuntimeException {
        Oversized(String message) {
            super(message);
        }
    }

    private void value(Schema schema) {
        switch (schema.getType()) {
            case NULL -> {
                // encoded as nothing
            }
            case BOOLEAN -> skip(1);
            case INT -> readInt();
            case LONG -> readLong();
            case FLOAT -> skip(4);
            case DOUBLE -> skip(8);
            case STRING -> skip(length("a string"));
            case BYTES -> skip(length("a bytes value"));
            case FIXED -> skip(schema.getFixedSize());
            case ENUM -> index("enum symbol", schema.getEnumSymbols().size());
            case UNION -> {
                int branch = index("union branch", schema.getTypes().size());
                value(schema.getTypes().get(branch));
            }
            case RECORD -> {
                for (Schema.Field f : schema.getFields()) {
                    enter(f.name());
                    value(f.schema());
                    leave();
                }
            }
            case ARRAY -> items(schema.getElementType(), false);
            case MAP -> items(schema.getValueType(), true);
        }
    }

    /** Array and map blocks: a count (negative when a byte size follows), the items, until a count of zero. */
    private void items(Schema itemSchema, boolean map) {
        long itemBytes = (map ? 1 : 0) + minimumSize(itemSchema);
        long itemsSoFar = 0;
        while (true) {
            long count = readLong();
            if (count == 0) {
                return;
            }
            if (count < 0) {
                if (count == Long.MIN_VALUE) {
                    throw new Oversized("field " + path() + " claims " + count + " items");
                }
                count = -count;
                long blockBytes = readLong();
                if (blockBytes < 0 || blockBytes > remaining()) {
                    throw new Oversized("field " + path() + " claims a block of " + blockBytes + " bytes where only "
                            + remaining() + " bytes remain");
                }
            }
            itemsSoFar += count;
            boolean tooMany = itemBytes > 0 ? count > remaining() / itemBytes : itemsSoFar > maxItemsWithoutBytes;
            if (tooMany) {
                throw new Oversized("field " + path() + " claims " + count + " items where only " + remaining()
                        + " bytes remain");
            }
            for (long i = 0; i < count; i++) {
                if (map) {
                    skip(length("a map key"));
                }
                value(itemSchema);
            }
        }
    }

    private long length(String what) {
        long length = readLong();
        if (length < 0) {
            throw new Oversized("field " + path() + " claims a negative length " + length);
        }
        if (length > remaining()) {
            throw new Oversized("field " + path() + " claims " + what + " of " + length + " bytes where only "
                    + remaining() + " bytes remain");
        }
        return length;
    }

    private int index(String what, int size) {
        int index = readInt();
        if (index < 0 || index >= size) {
            throw new Oversized("field " + path() + " names " + what + " " + index + " of " + size);
        }
        return index;
    }

    private void skip(long count) {
        if (count > remaining()) {
            throw new Oversized("field " + path() + " needs " + count + " bytes where only " + remaining() + " bytes remain");
        }
        position += (int) count;
    }

    private int remaining() {
        return bytes.length - position;
    }

    /** Avro's zig-zag varint int: at most 5 bytes, high bits dropped as Avro's own decoder drops them. */
    private int readInt() {
        int raw = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = nextByte();
            raw |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
        }
        throw new Oversized("field " + path() + " has an int longer than 5 bytes");
    }

    /** Avro's zig-zag varint long: at most 10 bytes. */
    private long readLong() {
        long raw = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = nextByte();
            raw |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
        }
        throw new Oversized("field " + path() + " has a long longer than 10 bytes");
    }

    private int nextByte() {
        if (position >= bytes.length) {
            throw new Oversized("the record ends inside field " + path());
        }
        return bytes[position++] & 0xff;
    }

    /** The fewest bytes a value of this schema can take (a recursive reference counts as none, a safe lower bound). */
    private static int minimumSize(Schema schema) {
        Integer known = MINIMUM_SIZES.get(schema);
        if (known != null) {
            return known;
        }
        int size = minimumSize(schema, new IdentityHashMap<>());
        MINIMUM_SIZES.putIfAbsent(schema, size);
        return size;
    }

    private static int minimumSize(Schema schema, Map<Schema, Integer> minimumSizes) {
        Integer known = minimumSizes.get(schema);
        if (known != null) {
            return known;
        }
        minimumSizes.put(schema, 0);
        int size = switch (schema.getType()) {
            case NULL -> 0;
            case BOOLEAN, INT, LONG, ENUM, STRING, BYTES, ARRAY, MAP -> 1;
            case FLOAT -> 4;
            case DOUBLE -> 8;
            case FIXED -> schema.getFixedSize();
            case UNION -> 1;
            case RECORD -> (int) Math.min(Integer.MAX_VALUE,
                    schema.getFields().stream().mapToLong(f -> minimumSize(f.schema(), minimumSizes)).sum());
        };
        minimumSizes.put(schema, size);
        return size;
    }
}
