package org.sanctionsplatform.support.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;

/**
 * Who caused an effect (issue 9.3): the person the identity provider vouched for when intake accepted the change (the
 * token's stable {@code subject}, display {@code name} and the {@code role} the action was allowed in). It comes in on
 * a consumed event's envelope ({@code actor}, the record {@code org.sanctionsplatform.events.cases.Actor} shared by
 * every topic), is kept beside the change it caused and goes out on the events that change produces, unchanged.
 * Absent ({@code null}) when no person caused the effect: a timer fired, or the cause itself carried no actor (events
 * written before the field existed, or security turned off). See docs/security.md.
 *
 * <p>Stored as three nullable columns {@code <prefix>_subject}, {@code <prefix>_name}, {@code <prefix>_role}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Actor(String subject, String name, String role) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** The actor an event carries, or null when it carries none. */
    public static @Nullable Actor of(@Nullable org.sanctionsplatform.events.cases.Actor carried) {
        return carried == null ? null : new Actor(carried.getSubject(), carried.getName(), carried.getRole());
    }

    /** The record to carry on an outgoing envelope; null for none. */
    public static org.sanctionsplatform.events.cases.@Nullable Actor toEvent(@Nullable Actor actor) {
        return actor == null ? null : org.sanctionsplatform.events.cases.Actor.newBuilder()
                .setSubject(actor.subject()).setName(actor.name()).setRole(actor.role()).build();
    }

    /** Binds the actor (or three nulls) to the parameters {@code first}, {@code first + 1}, {@code first + 2}. */
    public static void bind(PreparedStatement s, int first, @Nullable Actor actor) throws SQLException {
        if (actor == null) {
            s.setNull(first, Types.VARCHAR);
            s.setNull(first + 1, Types.VARCHAR);
            s.setNull(first + 2, Types.VARCHAR);
        } else {
            s.setString(first, actor.subject());
            s.setString(first + 1, actor.name());
            s.setString(first + 2, actor.role());
        }
    }

    /** The actor kept in the columns {@code <prefix>_subject/_name/_role} of the current row; null when none. */
    public static @Nullable Actor read(ResultSet row, String prefix) throws SQLException {
        String subject = row.getString(prefix + "_subject");
        return subject == null ? null
                : new Actor(subject, row.getString(prefix + "_name"), row.getString(prefix + "_role"));
    }
}
