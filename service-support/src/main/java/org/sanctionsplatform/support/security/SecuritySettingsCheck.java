package org.sanctionsplatform.support.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secure by default: with security on (the default), a service without its identity provider's JWKS URL, issuer
 * or audience would refuse every caller, or worse trust tokens meant for another application. It refuses to start
 * instead, saying which setting is missing.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE) // before the other eager beans (pools, migrations, Kafka listeners) start anything
@Requires(property = "micronaut.security.enabled", notEquals = "false")
public class SecuritySettingsCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SecuritySettingsCheck.class);

    public SecuritySettingsCheck(@Value("${sep.security.jwks-url:}") String jwksUrl,
                                 @Value("${sep.security.issuer:}") String issuer,
                                 @Value("${sep.security.audience:}") String audience) {
        List<String> missing = new ArrayList<>();
        if (jwksUrl.isBlank()) {
            missing.add("sep.security.jwks-url (env SEP_SECURITY_JWKS_URL): the identity provider's JWKS URL");
        }
        if (issuer.isBlank()) {
            missing.add("sep.security.issuer (env SEP_SECURITY_ISSUER): the iss claim of its tokens");
        }
        if (audience.isBlank()) {
            missing.add("sep.security.audience (env SEP_SECURITY_AUDIENCE): the aud claim the platform's tokens carry");
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("Security is on (every request needs a bearer token from the identity "
                    + "provider), but it is not configured; set " + String.join("; ", missing)
                    + ". Only for a local experiment, sep.security.enabled=false (SEP_SECURITY_ENABLED=false) turns it off.");
        }
        LOG.info("Callers are authenticated by bearer tokens of {} (audience {}), keys from {}", issuer, audience, jwksUrl);
    }
}
