/** A tiny application used only to exercise service-support against a real broker and PostgreSQL. */
@Configuration
@Requires(env = "support-test")
package org.sanctionsplatform.support.testapp;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
