package org.sanctionsplatform.publication.adapters.register;

import java.util.List;
import org.sanctionsplatform.publication.domain.RegisterQuery;
import org.sanctionsplatform.support.problem.FieldViolation;
import org.sanctionsplatform.support.problem.ProblemException;

/** The register's query parameters as a {@link RegisterQuery}, or 400 problem+json naming each bad one. */
final class RegisterQueries {

    private RegisterQueries() {
    }

    static RegisterQuery parse(String kind, String regime, String year, String page, String size) {
        RegisterQuery.Parsed parsed = RegisterQuery.parse(kind, regime, year, page, size);
        if (parsed instanceof RegisterQuery.Parsed.Invalid invalid) {
            List<FieldViolation> violations = invalid.violations().stream()
                    .map(v -> new FieldViolation(v.field(), v.reason())).toList();
            throw ProblemException.invalid(violations);
        }
        return ((RegisterQuery.Parsed.Valid) parsed).query();
    }

    /** A publication id as the register makes them; anything else is not on it (and is not looked up). */
    static boolean plausibleId(String publicationId) {
        return publicationId != null && publicationId.length() <= 100;
    }
}
