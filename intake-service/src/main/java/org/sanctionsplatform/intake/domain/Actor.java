package org.sanctionsplatform.intake.domain;

import java.util.Objects;

/**
 * Who caused a case event (issue 9.3): the person the identity provider vouched for (its stable subject and display
 * name) and the role the action was allowed in. It travels on the event, so every service knows who caused each effect.
 */
public record Actor(String subject, String name, String role) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
