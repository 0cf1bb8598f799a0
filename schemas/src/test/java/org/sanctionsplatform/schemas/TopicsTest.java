package org.sanctionsplatform.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void theRegistryNamesTheFourTopicsOfTheContractAndTheirDeadLetterTopics() {
        assertThat(Topics.allNamesWithDeadLetters()).containsExactly(
                "enforcement.case-events.v1", "enforcement.case-events.v1.dlq",
                "enforcement.assessments.v1", "enforcement.assessments.v1.dlq",
                "enforcement.deadlines.v1", "enforcement.deadlines.v1.dlq",
                "enforcement.publications.v1", "enforcement.publications.v1.dlq");
        assertThat(Topics.byName("enforcement.deadlines.v1")).contains(Topics.DEADLINES);
    }
}
