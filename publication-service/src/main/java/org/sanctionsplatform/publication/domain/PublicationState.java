package org.sanctionsplatform.publication.domain;

/** Where a publication stands: drafted and held until its release condition (§11.4) is met. */
public enum PublicationState {
    DRAFTED
}
