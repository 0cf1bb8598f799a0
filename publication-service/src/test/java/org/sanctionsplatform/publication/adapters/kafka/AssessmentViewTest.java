package org.sanctionsplatform.publication.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.events.assessments.AssessedProcedure;
import org.sanctionsplatform.events.assessments.AssessmentEventEnvelope;
import org.sanctionsplatform.events.assessments.BreachAssessment;
import org.sanctionsplatform.events.assessments.CaseAssessed;
import org.sanctionsplatform.events.assessments.Discount;
import org.sanctionsplatform.events.assessments.DiscountKind;
import org.sanctionsplatform.events.assessments.ExplanationStep;
import org.sanctionsplatform.events.assessments.LikelyOutcome;
import org.sanctionsplatform.events.assessments.RulebookVersion;
import org.sanctionsplatform.events.assessments.SubjectPenalty;
import org.sanctionsplatform.events.cases.Actor;
import org.sanctionsplatform.publication.adapters.kafka.view.AssessmentEventEnvelopeView;
import org.sanctionsplatform.publication.adapters.kafka.view.CaseAssessedView;
import org.sanctionsplatform.publication.domain.AssessedCase;
import org.sanctionsplatform.schemas.Topics;
import org.sanctionsplatform.testkit.Projections;

/**
 * Publication reads {@code enforcement.assessments.v1} through its own projection of the schema
 * ({@code src/main/avro/assessment-view.avsc}): every field it has must hold what the record written holds, for records
 * of every released version of the topic's schema and the current one (random records, {@link Projections}); and a
 * whole assessment read through it maps to the same summary facts as the assessment written.
 */
class AssessmentViewTest {

    static Stream<Schema> writerSchemas() {
        return Projections.writerSchemas(Topics.ASSESSMENTS).stream();
    }

    @ParameterizedTest
    @MethodSource("writerSchemas")
    void theViewReadsWhatEveryWriterWrote(Schema writer) {
        List<Projections.Read<AssessmentEventEnvelopeView>> reads = Projections.readRandom(
                InboundEventsListener.ASSESSMENTS, writer, 200, 20261201L + writer.hashCode(), record -> { });

        assertThat(reads).hasSize(200);
        // the records held what the view reads: explanation steps, breaches, penalties with discounts
        assertThat(reads.stream().mapToInt(r -> ((CaseAssessedView) r.read().getPayload()).getExplanation().size()).sum())
                .isPositive();
        assertThat(reads.stream().flatMap(r -> ((CaseAssessedView) r.read().getPayload()).getPenalties().stream())
                .mapToInt(p -> p.getDiscounts().size()).sum()).isPositive();
        assertThat(reads.stream().anyMatch(r -> r.read().getActor() != null)).isEqualTo(writer.getField("actor") != null);
    }

    @Test
    void anAssessmentReadThroughTheViewGivesTheSummaryItsFacts() {
        CaseAssessed payload = CaseAssessed.newBuilder().setCaseReference("OFSI-2026-0101").setInputVersion(7)
                .setRulebook(RulebookVersion.GUIDANCE_2026).setProcedure(AssessedProcedure.CIVIL_MONETARY_PENALTY)
                .setSeverity("HIGH").setConduct("AGGRAVATING").setIndicativeLevel(4).setDecidedLevel(4)
                .setSeriousness("Level 4 (very high)").setLikelyOutcome(LikelyOutcome.CIVIL_MONETARY_PENALTY)
                .setStatutoryMaximum(new BigDecimal("1000000.00")).setAggregatedValue(new BigDecimal("450000.00"))
                .setBreaches(List.of(breach("b-1", true), breach("b-2", false)))
                .setPenalties(List.of(SubjectPenalty.newBuilder().setSubjectId("s-1").setSubjectName("Canary Trading Ltd")
                        .setSubjectType("LEGAL_PERSON").setBaseline(new BigDecimal("300000.00")).setBaselineOutsideBand(false)
                        .setDiscounts(List.of(
                                Discount.newBuilder().setKind(DiscountKind.VOLUNTARY_DISCLOSURE).setPercent(new BigDecimal("30.00"))
                                        .setApplied(true).setReason("voluntary, complete and prompt").setSection("§3.13").build(),
                                Discount.newBuilder().setKind(DiscountKind.SETTLEMENT).setPercent(new BigDecimal("20.00"))
                                        .setApplied(false).setReason("no settlement").setSection("§3.16").build()))
                        .setTotalDiscountPercent(new BigDecimal("30.00")).setPenaltyAfterDiscounts(new BigDecimal("210000.00"))
                        .setFinalPenalty(new BigDecimal("210000.00")).setOfficerOfSubjectId(null).build()))
                .setExplanation(List.of(
                        ExplanationStep.newBuilder().setStep(5).setRule("SeriousnessMatrix").setSection("§5.8 Figure 5A")
                                .setInputs(Map.of("severity", "HIGH", "conduct", "AGGRAVATING"))
                                .setOutcome("HIGH severity with AGGRAVATING conduct indicates Level 4 (very high)").build()))
                .build();
        Instant at = Instant.parse("2026-03-02T10:15:30Z");
        AssessmentEventEnvelope written = AssessmentEventEnvelope.newBuilder().setEventId("e-7").setCaseId("c-1")
                .setOccurredAt(at).setRecordedAt(at).setProducer("assessment-service").setCorrelationId("corr-1")
                .setPayload(payload).setActor(Actor.newBuilder().setSubject("u-1").setName("Ada Officer")
                        .setRole("CASE_OFFICER").build())
                .build();

        AssessmentEventEnvelopeView read = AsPublicationReadsIt.envelope(written);
        AssessedCase facts = InboundEventMapper.assessedCase(read);

        assertThat(facts.assessmentEventId()).isEqualTo("e-7");
        assertThat(facts.inputVersion()).isEqualTo(7);
        assertThat(facts.likelyOutcome()).isEqualTo("CIVIL_MONETARY_PENALTY");
        assertThat(facts.aggregatedValue()).isEqualByComparingTo("450000.00");
        assertThat(facts.establishedBreachIds()).containsExactly("b-1");
        assertThat(facts.penalties()).singleElement().satisfies(p -> {
            assertThat(p.subjectName()).isEqualTo("Canary Trading Ltd");
            assertThat(p.finalPenalty()).isEqualByComparingTo("210000.00");
            assertThat(p.discounts()).containsExactly("voluntary disclosure 30% (§3.13)");
        });
        assertThat(facts.seriousness()).isEqualTo("Level 4 (very high)");
        assertThat(facts.levelReason()).isEqualTo("HIGH severity with AGGRAVATING conduct indicates Level 4 (very high).");
        assertThat(facts.outcomeOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
        assertThat(InboundEventMapper.cause(read).actor().name()).isEqualTo("Ada Officer");
    }

    @Test
    void theViewIsNotWritten() {
        AssessmentEventEnvelopeView read = AsPublicationReadsIt.envelope(AssessmentEventEnvelope.newBuilder()
                .setEventId("e").setCaseId("c").setOccurredAt(Instant.EPOCH).setRecordedAt(Instant.EPOCH)
                .setProducer("assessment-service").setPayload(CaseAssessed.newBuilder().setCaseReference("r")
                        .setInputVersion(1).setRulebook(RulebookVersion.GUIDANCE_2026)
                        .setProcedure(AssessedProcedure.CIVIL_MONETARY_PENALTY).setLikelyOutcome(LikelyOutcome.NO_ACTION)
                        .setStatutoryMaximum(BigDecimal.ZERO.setScale(2)).setBreaches(List.of()).setPenalties(List.of())
                        .setExplanation(List.of()).build()).build());
        assertThatThrownBy(() -> InboundEventsListener.ASSESSMENTS.encode(read)).isInstanceOf(IllegalStateException.class);
    }

    private static BreachAssessment breach(String id, boolean established) {
        return BreachAssessment.newBuilder().setBreachId(id).setSubjectId("s-1").setBreachType("MAKING_FUNDS_AVAILABLE")
                .setRegime("Russia").setEstablished(established).setEstablishedReason("balance of probabilities")
                .setEstimatedValue(new BigDecimal("225000.00")).setStatutoryMaximumAlone(new BigDecimal("1000000.00"))
                .build();
    }
}
