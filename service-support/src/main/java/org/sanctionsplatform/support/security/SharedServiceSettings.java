package org.sanctionsplatform.support.security;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Gives every application context on a service's class path the settings all four services share, from
 * {@value #RESOURCE} in this module (today: how a caller is authenticated and what management answers), so they are
 * written once instead of in each {@code application-<svc>.yml}. They rank below every other source: a service's own
 * yml, the launcher's properties, system properties and environment variables all override them.
 */
@ContextConfigurer
public final class SharedServiceSettings implements ApplicationContextConfigurer {

    static final String RESOURCE = "sep-service-defaults.yml";
    /** Below the {@code application[-env].yml} files (-300 and up). */
    static final int ORDER = -400;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        builder.propertySources(PropertySource.of(RESOURCE, read(), ORDER));
    }

    static Map<String, Object> read() {
        try (InputStream in = SharedServiceSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path (module service-support)");
            }
            return new YamlPropertySourceLoader().read(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }
}
