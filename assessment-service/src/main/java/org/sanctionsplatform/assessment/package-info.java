/**
 * assessment-service: the rulebook. Keeps each case's inputs from the case events, assesses the case on every
 * change (seriousness, likely outcome, statutory maximum, baseline band, penalties, explanation) and publishes
 * CaseAssessed on the assessments topic.
 */
@Configuration
@Requires(env = "assessment")
package org.sanctionsplatform.assessment;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
