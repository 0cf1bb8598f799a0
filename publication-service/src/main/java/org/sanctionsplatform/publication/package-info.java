/**
 * publication-service: keeps what a published summary needs from the case events and the assessments, drafts
 * the monetary penalty summary of a penalised case (§11.1) and publishes PublicationDrafted; released once review
 * rights are spent (§11.4).
 */
@Configuration
@Requires(env = "publication")
package org.sanctionsplatform.publication;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
