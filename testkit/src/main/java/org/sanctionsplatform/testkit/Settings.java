package org.sanctionsplatform.testkit;

import java.util.Map;
import java.util.Properties;

/** Reads a setting from a system property, else an environment variable. */
final class Settings {

    private Settings() {
    }

    static String lookup(Properties sys, Map<String, String> env, String property, String envVar) {
        String value = sys.getProperty(property);
        if (value == null || value.isBlank()) {
            value = env.get(envVar);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String lookup(String property, String envVar) {
        return lookup(System.getProperties(), System.getenv(), property, envVar);
    }
}
