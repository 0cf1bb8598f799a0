/**
 * deadline-service: the time windows of the enforcement guidance in UK business days (DESIGN §4). Every bean
 * of the service, its sub-packages included, exists only in the {@code deadline} environment, so the service
 * can share a JVM with the others (the launcher).
 */
@Configuration
@Requires(env = "deadline")
package org.sanctionsplatform.deadline;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
