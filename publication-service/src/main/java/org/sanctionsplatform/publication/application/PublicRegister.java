package org.sanctionsplatform.publication.application;

import java.time.LocalDate;
import org.sanctionsplatform.publication.domain.PublicationContent;

/**
 * The public register: what the authority has released (§11, §12, §13.3), the only content anyone may read without
 * a token. The publication lifecycle calls it, in its own transaction, when a publication is released or replaced by
 * an amended version (§11.4: a tribunal that amends or quashes a penalty); the register's pages, feed and JSON read
 * what it holds. Nothing unreleased or withheld (§11.3) ever reaches it.
 */
public interface PublicRegister {

    /** Puts a released version on the register. Calling it again for the same publication and version changes nothing. */
    void released(String publicationId, String caseId, PublicationContent content, LocalDate releasedOn, String reason);

    /**
     * Replaces the publication's register entry by an amended version, keeping the superseded versions in its
     * history. Calling it again for the same publication and version changes nothing.
     */
    void amended(String publicationId, String caseId, PublicationContent content, int supersedesVersion,
                 LocalDate amendedOn, String reason);
}
