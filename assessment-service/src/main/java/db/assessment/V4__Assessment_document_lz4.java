package db.assessment;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sanctionsplatform.support.persistence.Lz4Columns;

/**
 * The latest assessment's JSON document (about 5.4 KB, written for each case of every batch) is stored LZ4-compressed
 * on PostgreSQL ({@link Lz4Columns}). A Java migration because H2, the embedded default, has no such setting: there it
 * changes nothing.
 */
public class V4__Assessment_document_lz4 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Lz4Columns.compress(context.getConnection(), "case_assessment", "document");
    }
}
