package org.sanctionsplatform.publication.application;

import java.util.List;
import java.util.Optional;
import org.sanctionsplatform.publication.domain.RegisterEntry;
import org.sanctionsplatform.publication.domain.RegisterQuery;
import org.sanctionsplatform.publication.domain.RegisteredPublication;

/** What the public register holds, as its JSON, pages and feed read it: only what {@link PublicRegister} was given. */
public interface RegisterReader {

    /** The released publications matching the query, newest first (first released; then first recorded). */
    RegisterPage find(RegisterQuery query);

    /** One publication with its current version and every version it superseded; empty when not on the register. */
    Optional<RegisteredPublication> publication(String publicationId);

    /** The latest versions put on the register, releases and amendments alike, latest first (the Atom feed). */
    List<RegisterEntry> latestChanges(int limit);
}
