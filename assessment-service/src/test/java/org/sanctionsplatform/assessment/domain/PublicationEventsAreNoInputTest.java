package org.sanctionsplatform.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The publication steps of case events v5 (issue 10.6: decisions, a Disclosure's notice, text written, shared,
 * released) tell the assessment nothing: each counts as a case event (the input version follows intake's count, which
 * publication compares with) and changes no input, so no new assessment follows.
 */
class PublicationEventsAreNoInputTest {

    @Test
    void aPublicationStepCountsTowardsTheInputVersionAndChangesNoInput() {
        CaseFile before = CaseFileFixture.aCaseWithAnEstablishedBreach().build();

        CaseFile.Applied applied = before.apply(new CaseInput.NotAnInput("PublicationDecisionRecorded"));

        assertThat(applied.inputsChanged()).isFalse();
        assertThat(applied.file().inputVersion()).isEqualTo(before.inputVersion() + 1);
        assertThat(applied.file().breaches()).isEqualTo(before.breaches());
    }
}
