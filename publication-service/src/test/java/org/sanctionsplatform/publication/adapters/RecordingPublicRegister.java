package org.sanctionsplatform.publication.adapters;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsplatform.publication.application.PublicRegister;
import org.sanctionsplatform.publication.application.RegisterReader;
import org.sanctionsplatform.publication.domain.PublicationContent;

/**
 * The tests' {@link PublicRegister} until the register's own adapter (branch pub-register) is merged: it keeps what it
 * was told, so a test can check that the lifecycle put a release or an amendment on the register, once. Test code
 * only; it answers nothing of its own.
 */
@Singleton
@Requires(env = "publication")
// steps aside now that the register's own adapter (JdbcPublicRegister, also the RegisterReader) is a bean:
// missingClasses did not (the adapter is package-private; both were candidates for PublicRegister)
@Requires(missingBeans = RegisterReader.class)
public class RecordingPublicRegister implements PublicRegister {

    /** One call. */
    public record Entry(String publicationId, String caseId, PublicationContent content, LocalDate on,
                        Integer supersedesVersion, String reason) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized void released(String publicationId, String caseId, PublicationContent content,
                                      LocalDate releasedOn, String reason) {
        entries.add(new Entry(publicationId, caseId, content, releasedOn, null, reason));
    }

    @Override
    public synchronized void amended(String publicationId, String caseId, PublicationContent content,
                                     int supersedesVersion, LocalDate amendedOn, String reason) {
        entries.add(new Entry(publicationId, caseId, content, amendedOn, supersedesVersion, reason));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
