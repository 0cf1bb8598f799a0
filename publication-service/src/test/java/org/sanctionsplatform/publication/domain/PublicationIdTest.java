package org.sanctionsplatform.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One publication id per case and kind, derived alike by every replica, and public (the register's addresses): it
 * does not carry the case id's millisecond, as the platform's other derived ids do.
 */
class PublicationIdTest {

    @Test
    void aPublicationIdIsTheNameBasedIdOfItsCaseAndKindWhateverTheCaseIdTellsOfItsTime() {
        String ordered = "019ad9a4-2b3c-7def-8123-456789abcdef"; // version 7, as intake makes case ids
        for (String caseId : new String[] {ordered, "2b2f0c9e-3d0a-4a39-9a51-0c1f6a1f0001", "case-held"}) {
            for (PublicationKind kind : PublicationKind.values()) {
                String id = Publication.idFor(caseId, kind);
                assertThat(id).isEqualTo(UUID.nameUUIDFromBytes((caseId + "/" + kind).getBytes(StandardCharsets.UTF_8))
                        .toString());
                assertThat(UUID.fromString(id).version()).isEqualTo(3);
                assertThat(Publication.idFor(caseId, kind)).isEqualTo(id);
            }
        }
        assertThat(Publication.idFor(ordered, PublicationKind.MONETARY_PENALTY_SUMMARY)).doesNotStartWith("019ad9a4-2b3c");
    }
}
