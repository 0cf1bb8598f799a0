package db.support;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sanctionsplatform.support.persistence.Lz4Columns;

/**
 * Outbox payloads are stored LZ4-compressed on PostgreSQL ({@link Lz4Columns}): every event is compressed once when a
 * service appends it and decompressed once when the relay sends it. A Java migration because H2, the embedded default,
 * has no such setting: there it changes nothing. Flyway finds it in {@code classpath:db/support} with the SQL ones.
 */
public class V0_4__Outbox_payload_lz4 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Lz4Columns.compress(context.getConnection(), "outbox_event", "payload");
    }
}
