/**
 * publication-service: keeps what a publication needs from the case events, the assessments and the deadline events,
 * and takes each case's penalty summary (§11.1, §13.3) and Disclosure (§12) from draft to release, amendment or
 * withholding (§11.3, §11.4), with the public register (docs/publication.md).
 */
@Configuration
@Requires(env = "publication")
package org.sanctionsplatform.publication;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
