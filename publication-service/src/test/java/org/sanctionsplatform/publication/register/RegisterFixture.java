package org.sanctionsplatform.publication.register;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.sanctionsplatform.publication.domain.PenalisedPerson;
import org.sanctionsplatform.publication.domain.PublicationContent;
import org.sanctionsplatform.publication.domain.PublicationKind;

/** Contents of released publications for the register's tests. */
public final class RegisterFixture {

    private RegisterFixture() {
    }

    public static String newPublicationId() {
        return UUID.randomUUID().toString();
    }

    /** A named monetary penalty summary (§11.1) of one company in the given regimes. */
    public static PublicationContent summary(int version, String company, BigDecimal penalty, String... regimes) {
        return new PublicationContent(PublicationKind.MONETARY_PENALTY_SUMMARY, true, version,
                "Monetary penalty imposed on " + company,
                company + " made funds available to a designated person. OFSI imposed a monetary penalty of £"
                        + penalty.toPlainString() + ".",
                List.of(new PenalisedPerson(company, penalty)), List.of("MAKING_FUNDS_AVAILABLE"), List.of(regimes),
                List.of("Regulation 12 of the Russia (Sanctions) (EU Exit) Regulations 2019"), true,
                new BigDecimal("128277.72"), List.of("Screen the owners of counterparties, not only the counterparty."));
    }
}
