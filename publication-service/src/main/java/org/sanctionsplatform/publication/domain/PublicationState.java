package org.sanctionsplatform.publication.domain;

/**
 * Where a publication stands: drafted and held until its release condition is met (§11.4, §12.2); shared with the
 * person for factual accuracy (§12.2); released on the register; amended in place of the original (§11.4, §12.2);
 * withheld, when it is decided not to publish (§11.3, §12.2).
 */
public enum PublicationState {
    DRAFTED,
    SHARED_FOR_ACCURACY,
    RELEASED,
    AMENDED,
    WITHHELD;

    /** On the register: released, or released and then amended. */
    public boolean isPublic() {
        return this == RELEASED || this == AMENDED;
    }
}
