/**
 * intake-service: the system of record for breach cases. Every bean here (sub-packages included) exists only
 * in the {@code intake} environment, so the four services can share one JVM.
 */
@Configuration
@Requires(env = "intake")
package org.sanctionsplatform.intake;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
