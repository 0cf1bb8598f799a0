package org.sanctionsplatform.support.contracts;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.sanctionsplatform.schemas.Topic;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.schemas.avro.Fingerprints;
import org.sanctionsplatform.support.problem.ProblemException;

/**
 * Every released version of every topic's schema, by the fingerprint that single-object encoding puts on each record
 * (issue 11.7, docs/contracts.md): a consumer built on an older schema that meets a newer writer's fingerprint fetches
 * the writer schema here (schemas-avro's {@code HttpSchemaStore}) and reads the record into its own version.
 * Anonymous: schemas are the public contract (the same files are in the schemas-avro artifact) and carry no casework.
 * <ul>
 *   <li>{@code GET /schemas}: topic, version, fingerprint and name of each released schema;</li>
 *   <li>{@code GET /schemas/{fingerprint}}: the schema (Avro JSON) whose fingerprint it is, as 16 hex digits in wire
 *   order ({@code 0x} optional, as dead-letter reasons print it); 404 for a fingerprint of no released schema.</li>
 * </ul>
 * A service serves the releases it was built with: point resolvers at the services that produce the topics (they write
 * with their own newest schema).
 */
@Controller("/schemas")
@Secured(SecurityRule.IS_ANONYMOUS)
public class SchemaController {

    /** One released schema. */
    @Serdeable
    public record ReleasedSchema(String topic, int version, String fingerprint, String name) {
    }

    private final Map<Long, Schema> byFingerprint = new LinkedHashMap<>();
    private final List<ReleasedSchema> released = new ArrayList<>();

    public SchemaController() {
        for (Topic<?> topic : Topics.all()) {
            List<Schema> versions = topic.releasedSchemas();
            for (int i = 0; i < versions.size(); i++) {
                Schema schema = versions.get(i);
                long fingerprint = Fingerprints.of(schema);
                byFingerprint.putIfAbsent(fingerprint, schema);
                released.add(new ReleasedSchema(topic.name(), i + 1, Fingerprints.hex(fingerprint), schema.getFullName()));
            }
        }
    }

    @Get
    public List<ReleasedSchema> listSchemas() {
        return released;
    }

    @Get(value = "/{fingerprint}", produces = MediaType.APPLICATION_JSON)
    public String schemaByFingerprint(String fingerprint) {
        long wanted;
        try {
            wanted = Fingerprints.parse(fingerprint);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("fingerprint", e.getMessage() + ", was '" + fingerprint + "'");
        }
        Schema schema = byFingerprint.get(wanted);
        if (schema == null) {
            throw ProblemException.notFound("no released schema has the fingerprint " + Fingerprints.hex(wanted));
        }
        return schema.toString();
    }
}
