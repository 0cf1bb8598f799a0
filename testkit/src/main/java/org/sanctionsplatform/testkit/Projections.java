package org.sanctionsplatform.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.RandomData;
import org.sanctionsplatform.schemas.Topic;

/**
 * Checks a consumer's projection of a topic's schema ({@code Topic.readAs}): random records written with a writer
 * schema (Avro's {@code RandomData}, a fixed seed; Avro's generic writer, single-object encoded with that schema's
 * fingerprint, as a producer of that release wrote them) are decoded through the view, and every field the view has
 * must hold what the record holds (or the view's default where that writer had no such field).
 */
public final class Projections {

    private Projections() {
    }

    /** Every schema a record of the topic may have been written with: each released version, then the current one. */
    public static List<Schema> writerSchemas(Topic<?> topic) {
        List<Schema> writers = new ArrayList<>(topic.releasedSchemas());
        writers.add(topic.schema());
        return writers;
    }

    /** A record as written and as the view read it. */
    public record Read<V>(GenericRecord written, V read) {
    }

    /**
     * {@code count} random records of {@code writer} read through {@code view}, each compared field by field;
     * {@code prepare} may set fields the consumer refuses at random (e.g. blank ids) before the record is written.
     *
     * @throws AssertionError naming the first field whose value differs
     */
    public static <V extends SpecificRecord> List<Read<V>> readRandom(Topic<V> view, Schema writer, int count, long seed,
                                                                        java.util.function.Consumer<GenericRecord> prepare) {
        List<Read<V>> reads = new ArrayList<>(count);
        for (Object random : new RandomData(GenericData.get(), writer, count, seed)) {
            GenericRecord written = (GenericRecord) withValidDecimals(random, writer);
            prepare.accept(written);
            V read = view.decode(singleObject(writer, written));
            assertSame(read, view.valueSerde().readerSchema(), written, writer, writer.getName());
            reads.add(new Read<>(written, read));
        }
        return reads;
    }

    /**
     * RandomData fills a decimal's bytes at random (any precision, or none at all, which no reader accepts), so each is
     * replaced by an unscaled value within its precision (at most 15 digits), as schemas' EncodingMatchesAvroTest does
     * (that module's tests cannot use this one: testkit depends on schemas).
     */
    private static Object withValidDecimals(Object value, Schema schema) {
        switch (schema.getType()) {
            case RECORD -> {
                GenericRecord record = (GenericRecord) value;
                for (Schema.Field f : schema.getFields()) {
                    record.put(f.pos(), withValidDecimals(record.get(f.pos()), f.schema()));
                }
                return record;
            }
            case UNION -> {
                return withValidDecimals(value, schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
            }
            case ARRAY -> {
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) value;
                items.replaceAll(item -> withValidDecimals(item, schema.getElementType()));
                return items;
            }
            case MAP -> {
                @SuppressWarnings("unchecked")
                Map<Object, Object> entries = (Map<Object, Object>) value;
                entries.replaceAll((k, v) -> withValidDecimals(v, schema.getValueType()));
                return entries;
            }
            case BYTES -> {
                if (schema.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
                    long bound = BigInteger.TEN.pow(Math.min(15, decimal.getPrecision())).longValueExact();
                    long unscaled = Math.floorMod(java.util.Arrays.hashCode(bytes((ByteBuffer) value)), 2 * bound - 1) - bound + 1;
                    return ByteBuffer.wrap(BigInteger.valueOf(unscaled).toByteArray());
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    /** The record written by Avro's generic writer with {@code writer}, as single-object encoding with its fingerprint. */
    public static byte[] singleObject(Schema writer, GenericRecord record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[]{(byte) 0xC3, 0x01});
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(SchemaNormalization.parsingFingerprint64(writer)).array());
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new GenericDatumWriter<>(writer, GenericData.get()).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSame(Object read, Schema view, Object written, Schema writer, String path) {
        switch (view.getType()) {
            case RECORD -> {
                IndexedRecord r = (IndexedRecord) read;
                GenericRecord w = (GenericRecord) written;
                for (Schema.Field f : view.getFields()) {
                    Schema.Field wf = writer.getField(f.name());
                    if (wf == null) {
                        check(isDefault(r.get(f.pos()), GenericData.get().getDefaultValue(f)), path + "." + f.name(),
                                r.get(f.pos()), "the default " + f.defaultVal());
                    } else {
                        assertSame(r.get(f.pos()), f.schema(), w.get(wf.pos()), wf.schema(), path + "." + f.name());
                    }
                }
            }
            case UNION -> {
                Schema branch = writer.getType() == Schema.Type.UNION
                        ? writer.getTypes().get(GenericData.get().resolveUnion(writer, written)) : writer;
                if (branch.getType() == Schema.Type.NULL) {
                    check(read == null, path, read, "null");
                    return;
                }
                Schema viewBranch = view.getTypes().stream().filter(b -> matches(b, branch)).findFirst()
                        .orElseThrow(() -> new AssertionError(path + ": the view has no branch for " + branch.getFullName()));
                assertSame(read, viewBranch, written, branch, path);
            }
            case ARRAY -> {
                List<?> r = List.copyOf((Collection<?>) read);
                List<?> w = List.copyOf((Collection<?>) written);
                check(r.size() == w.size(), path + ".size", r.size(), w.size());
                for (int i = 0; i < r.size(); i++) {
                    assertSame(r.get(i), view.getElementType(), w.get(i), writer.getElementType(), path + "[" + i + "]");
                }
            }
            case MAP -> {
                Map<?, ?> r = (Map<?, ?>) read;
                Map<?, ?> w = (Map<?, ?>) written;
                check(r.size() == w.size(), path + ".size", r.size(), w.size());
                w.forEach((k, v) -> assertSame(r.get(k.toString()), view.getValueType(), v, writer.getValueType(),
                        path + "[" + k + "]"));
            }
            case ENUM, STRING -> check(Objects.equals(String.valueOf(read), String.valueOf(written)), path, read, written);
            case BYTES -> {
                if (view.getLogicalType() instanceof LogicalTypes.Decimal decimal) {
                    BigDecimal expected = new BigDecimal(new BigInteger(bytes((ByteBuffer) written)), decimal.getScale());
                    check(expected.equals(read), path, read, expected);
                } else {
                    check(Objects.equals(read, written), path, read, written);
                }
            }
            case LONG -> {
                Object expected = view.getLogicalType() instanceof LogicalTypes.TimestampMillis
                        ? Instant.ofEpochMilli((Long) written) : written;
                check(Objects.equals(expected, read), path, read, expected);
            }
            default -> check(Objects.equals(read, written), path, read, written);
        }
    }

    /** A view's branch for a writer's: records and enums by name or alias, the rest by type. */
    private static boolean matches(Schema viewBranch, Schema writerBranch) {
        if (viewBranch.getType() != writerBranch.getType()) {
            return false;
        }
        return switch (viewBranch.getType()) {
            case RECORD, ENUM, FIXED -> viewBranch.getFullName().equals(writerBranch.getFullName())
                    || viewBranch.getAliases().contains(writerBranch.getFullName());
            default -> true;
        };
    }

    private static boolean isDefault(Object read, Object defaultValue) {
        if (defaultValue instanceof Collection<?> c) {
            return read instanceof Collection<?> r && r.size() == c.size();
        }
        return Objects.equals(read, defaultValue) || Objects.equals(String.valueOf(read), String.valueOf(defaultValue));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static void check(boolean same, String path, Object read, Object expected) {
        if (!same) {
            throw new AssertionError(path + ": the view read " + read + ", the record holds " + expected);
        }
    }
}
