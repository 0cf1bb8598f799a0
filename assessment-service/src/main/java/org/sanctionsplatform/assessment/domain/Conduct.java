package org.sanctionsplatform.assessment.domain;

/** The officer's conduct rating of a case (§5.7, factors E–H and other). */
public enum Conduct {
    MITIGATING, NEUTRAL, AGGRAVATING
}
