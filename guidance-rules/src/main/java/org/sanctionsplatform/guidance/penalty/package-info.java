/**
 * The penalty rules that intake (refusing input at the door) and assessment (the rulebook) both apply, each once:
 * when a breach is established (§5.2), the statutory maximum of a case on the aggregated value of its established
 * breaches with shared funds counted once (s.146, §6.2), the limit the maximum puts on a person's baseline penalties,
 * and which penalty decisions are in force when a person receives several penalty components. Amounts are GBP,
 * {@code BigDecimal} at scale 2, rounded half up.
 */
package org.sanctionsplatform.guidance.penalty;
