package org.sanctionsplatform.schemas.avro;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.avro.message.SchemaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Avro {@link SchemaStore} that fetches a writer schema it does not know from the platform's services, which serve
 * every released schema by fingerprint ({@code GET <base>/schemas/<fingerprint>}, docs/contracts.md), and keeps it.
 * A consumer built with an older schema version thus reads what a newer producer writes: give this store to the
 * decoder ({@code BinaryMessageDecoder}, or the platform's {@code AvroSingleObjectSerde}) as its resolver.
 *
 * <p>The base URLs are tried in order; a schema is accepted only if its own fingerprint is the one asked for, so a
 * wrong or tampered answer is never used to read a record. A fingerprint that every server answers 404 for is unknown
 * ({@code null}, as the interface says: the decoder raises {@code MissingSchemaException}); if some server could not be
 * asked, {@link SchemaFetchException} says which and why (the record is not misread as unknown for ever: nothing is
 * cached but schemas found).
 */
public final class HttpSchemaStore implements SchemaStore {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaStore.class);

    private final List<URI> baseUrls;
    private final Duration timeout;
    private final HttpClient http;
    private final Map<Long, Schema> found = new ConcurrentHashMap<>();

    public HttpSchemaStore(List<URI> baseUrls, Duration timeout) {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("an HttpSchemaStore needs at least one base URL");
        }
        this.baseUrls = List.copyOf(baseUrls);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A writer schema could not be fetched because a server did not answer as it should. */
    public static final class SchemaFetchException extends AvroRuntimeException {
        SchemaFetchException(String message) {
            super(message);
        }
    }

    @Override
    public Schema findByFingerprint(long fingerprint) {
        Schema known = found.get(fingerprint);
        if (known != null) {
            return known;
        }
        List<String> failures = new ArrayList<>();
        for (URI base : baseUrls) {
            URI uri = URI.create(base.toString().replaceAll("/+$", "") + "/schemas/" + Fingerprints.hex(fingerprint));
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 404) {
                    continue;
                }
                if (answer.statusCode() != 200) {
                    failures.add(uri + " answered " + answer.statusCode());
                    continue;
                }
                Schema schema = new Schema.Parser().parse(answer.body());
                long actual = Fingerprints.of(schema);
                if (actual != fingerprint) {
                    failures.add(uri + " answered a schema whose fingerprint is " + Fingerprints.hex(actual));
                    continue;
                }
                LOG.info("writer schema {} ({}) fetched from {}", Fingerprints.hex(fingerprint), schema.getFullName(), uri);
                found.put(fingerprint, schema);
                return schema;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaFetchException("interrupted while fetching writer schema " + Fingerprints.hex(fingerprint));
            } catch (IOException | SchemaParseException e) {
                failures.add(uri + ": " + e);
            }
        }
        if (!failures.isEmpty()) {
            throw new SchemaFetchException("writer schema " + Fingerprints.hex(fingerprint) + " could not be fetched: "
                    + String.join("; ", failures));
        }
        return null;
    }
}
