package org.sanctionsplatform.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The released versions of a topic's schema, kept as {@code history/<topic>/v1.avsc}, {@code v2.avsc} …
 * on the classpath (source: {@code schemas/src/main/resources/history}). A release copies the current
 * schema there as the next version; {@code SchemaEvolutionTest} fails the build when the current schema
 * is not released or cannot read an earlier version.
 */
public final class SchemaHistory {

    private SchemaHistory() {
    }

    /** Every released version of the topic's schema, oldest first. */
    public static List<Schema> releasedVersions(String topic) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String resource = resourceName(topic, v);
            try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return List.copyOf(versions);
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema history " + resource, e);
            }
        }
    }

    public static String resourceName(String topic, int version) {
        return "history/" + topic + "/v" + version + ".avsc";
    }
}
