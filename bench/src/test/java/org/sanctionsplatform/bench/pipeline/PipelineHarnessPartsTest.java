package org.sanctionsplatform.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctionsplatform.events.cases.BreachRecorded;
import org.sanctionsplatform.events.cases.BreachType;
import org.sanctionsplatform.events.cases.CalendarDivision;
import org.sanctionsplatform.events.cases.CaseEventEnvelope;
import org.sanctionsplatform.events.cases.CaseOpened;
import org.sanctionsplatform.events.cases.CaseOrigin;
import org.sanctionsplatform.events.cases.CaseProcedure;
import org.sanctionsplatform.events.cases.PenaltyDecisionRecorded;
import org.sanctionsplatform.events.cases.Subject;
import org.sanctionsplatform.events.cases.SubjectType;
import org.sanctionsplatform.schemas.Topics;

/**
 * The pipeline harness's own arithmetic and data, without a broker: percentiles, the offered cases, the replay's copies
 * of a template case, durations and the JSON report. No timing is asserted.
 */
class PipelineHarnessPartsTest {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void percentilesAreNearestRankSoThePercentileOfAHundredValuesIsOneOfThem() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i; // 100 … 1, unsorted on purpose
        }
        Distribution d = Distribution.of(values, values.length);

        assertThat(d.percentile(50)).isEqualTo(50);
        assertThat(d.percentile(95)).isEqualTo(95);
        assertThat(d.percentile(99)).isEqualTo(99);
        assertThat(d.max()).isEqualTo(100);
        assertThat(Distribution.of(new long[] {7}, 1).percentile(99)).isEqualTo(7);
        assertThat(Distribution.of(List.of()).summaryMillis()).isEqualTo("–");
    }

    @Test
    void theSameSeedOffersTheSameCasesAndEveryRequestBodyIsJson() throws Exception {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        WholeCases cases = new WholeCases(42, "T", sunday);
        WholeCases again = new WholeCases(42, "T", sunday);
        ObjectMapper json = ObjectMapper.getDefault();

        for (int n = 0; n < 50; n++) {
            assertThat(cases.openCase(n)).isEqualTo(again.openCase(n));
            assertThat(cases.factors(n)).isEqualTo(again.factors(n));
            assertThat(cases.penaltyDecision(n, "s")).isEqualTo(again.penaltyDecision(n, "s"));
            Map<String, Object> opened = json.readValue(cases.openCase(n), Argument.mapOf(String.class, Object.class));
            assertThat(opened.get("caseReference")).isEqualTo("OFSI-T-" + n);
            json.readValue(cases.factors(n), Argument.mapOf(String.class, Object.class));
            Map<String, Object> decision = json.readValue(cases.penaltyDecision(n, "subject-1"), Argument.mapOf(String.class, Object.class));
            // Level 3 band: above 0 and at most 75% of the statutory maximum, which is at least £1,000,000
            assertThat(new BigDecimal(String.valueOf(decision.get("baseline")))).isPositive().isLessThanOrEqualTo(new BigDecimal("750000"));
        }
        assertThat(cases.openCase(1)).isNotEqualTo(cases.openCase(2));
    }

    @Test
    void theNoticeOfIntentionFallsOnTheLastWeekdayOnOrBeforeTheRunsDate() throws Exception {
        Map<String, Object> onSunday = ObjectMapper.getDefault().readValue(
                new WholeCases(1, "T", LocalDate.of(2026, 11, 29)).noticeOfIntention(), Argument.mapOf(String.class, Object.class));
        Map<String, Object> onWednesday = ObjectMapper.getDefault().readValue(
                new WholeCases(1, "T", LocalDate.of(2026, 11, 25)).noticeOfIntention(), Argument.mapOf(String.class, Object.class));

        assertThat(onSunday.get("occurredOn")).isEqualTo("2026-11-27");
        assertThat(LocalDate.parse(String.valueOf(onSunday.get("occurredOn"))).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(onWednesday.get("occurredOn")).isEqualTo("2026-11-25");
    }

    @Test
    void eachReplayedCaseHasFreshIdsUsedConsistentlyAcrossItsEvents() {
        List<CaseEventEnvelope> template = templateCase();
        Set<String> templateIds = uuids(template);
        Replay.CaseCopier copier = new Replay.CaseCopier(template, 7);
        Instant now = Instant.parse("2026-11-29T12:00:00Z");

        List<CaseEventEnvelope> first = copier.next(0, now);
        List<CaseEventEnvelope> second = copier.next(1, now);

        for (List<CaseEventEnvelope> copy : List.of(first, second)) {
            assertThat(copy).hasSize(template.size());
            assertThat(uuids(copy)).hasSameSizeAs(templateIds).doesNotContainAnyElementsOf(templateIds);
            String caseId = copy.get(0).getCaseId();
            String subjectId = ((CaseOpened) copy.get(0).getPayload()).getSubjects().get(0).getSubjectId();
            assertThat(copy).allSatisfy(e -> {
                assertThat(e.getCaseId()).isEqualTo(caseId);
                assertThat(e.getRecordedAt()).isEqualTo(now);
                assertThat(Topics.CASE_EVENTS.decode(Topics.CASE_EVENTS.encode(e))).isEqualTo(e);
            });
            // every id (event, case, subject, breach) as intake makes them: version 7, on the instant of the copy
            assertThat(uuids(copy)).allSatisfy(id -> {
                assertThat(UUID.fromString(id).version()).isEqualTo(7);
                assertThat(UUID.fromString(id).getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
            });
            assertThat(((BreachRecorded) copy.get(1).getPayload()).getSubjectId()).isEqualTo(subjectId);
            assertThat(((PenaltyDecisionRecorded) copy.get(2).getPayload()).getSubjectId()).isEqualTo(subjectId);
        }
        assertThat(((CaseOpened) first.get(0).getPayload()).getCaseReference()).isEqualTo("OFSI-REPLAY-0");
        assertThat(second.get(0).getCorrelationId()).isEqualTo("replay-1");
        assertThat(uuids(first)).doesNotContainAnyElementsOf(uuids(second));
        assertThat(new Replay.CaseCopier(template, 7).next(0, now)).isEqualTo(first);
        assertThat(template).isEqualTo(templateCase()); // the template is not changed by copying
    }

    @Test
    void durationsAreWrittenAsMillisecondsSecondsMinutesOrHours() {
        assertThat(PipelineLoadRun.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(PipelineLoadRun.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(PipelineLoadRun.parseDuration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(PipelineLoadRun.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theJitCompilersCpuIsTheirThreadsPartOfThisJvmsCpu() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task")),
                "per-thread CPU is read from Linux's /proc");
        StringBuilder work = new StringBuilder(); // code run often enough to be compiled
        for (int i = 0; i < 200_000; i++) {
            work.setLength(0);
            work.append(String.format(java.util.Locale.ROOT, "%08x-%s", i * 31L, Integer.toBinaryString(i)));
        }
        long[] ticks = ResourceMonitor.cpuTicks(-1);

        assertThat(work).isNotEmpty();
        assertThat(ticks[4]).as("the compiler threads' ticks").isPositive().isLessThan(ticks[0]);
        assertThat(ResourceMonitor.compilerTicks(Long.toString(ProcessHandle.current().pid()))).as("by pid")
                .isGreaterThanOrEqualTo(ticks[4]);
        assertThat(ResourceMonitor.compilerTicks("-1")).as("no such process").isZero();
        double[] cores = ResourceMonitor.cpuSince(new long[] {0, 0, 0, 100, 0, 0}, new long[] {400, 60, 150, 300, 100, 20}, 2.0);
        assertThat(cores).containsExactly(2.0, 0.3, 0.75 * Runtime.getRuntime().availableProcessors(), 0.5, 0.1);
    }

    @Test
    void theJsonReportEscapesTextAndKeepsNumbersAsNumbers() throws Exception {
        String written = JsonWriter.write(Map.of("name", "a \"quoted\"\nline", "values", List.of(1, 2.5, true)));
        Map<String, Object> read = ObjectMapper.getDefault().readValue(written, Argument.mapOf(String.class, Object.class));

        assertThat(read.get("name")).isEqualTo("a \"quoted\"\nline");
        assertThat(String.valueOf(read.get("values"))).isEqualTo("[1, 2.5, true]");
    }

    private static Set<String> uuids(List<CaseEventEnvelope> events) {
        Set<String> ids = new HashSet<>();
        for (CaseEventEnvelope e : events) {
            Matcher m = UUID_TEXT.matcher(e.toString());
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    /** A case as intake writes it: opened with one subject, one breach, a penalty decision. */
    static List<CaseEventEnvelope> templateCase() {
        String caseId = "2b2f0c9e-3d0a-4a39-9a51-0c1f6a1f0001";
        String subjectId = "2b2f0c9e-3d0a-4a39-9a51-0c1f6a1f0002";
        Instant at = Instant.parse("2026-11-27T10:00:00Z");
        List<Object> payloads = List.of(
                CaseOpened.newBuilder().setCaseReference("OFSI-T-0").setOpenedOn(LocalDate.of(2026, 8, 3))
                        .setProcedure(CaseProcedure.CIVIL_MONETARY_PENALTY).setOrigin(CaseOrigin.SELF_REPORT)
                        .setSubjects(List.of(Subject.newBuilder().setSubjectId(subjectId).setName("Harbour Metals Ltd")
                                .setSubjectType(SubjectType.LEGAL_PERSON).setOfficerOfSubjectId(null)
                                .setPriorFixedPenaltyWarnings(0).setPriorFixedPenalty(null).build()))
                        .setCalendarDivision(CalendarDivision.ENGLAND_AND_WALES).setSummary(null).build(),
                BreachRecorded.newBuilder().setBreachId("2b2f0c9e-3d0a-4a39-9a51-0c1f6a1f0003").setSubjectId(subjectId)
                        .setBreachType(BreachType.MAKING_FUNDS_AVAILABLE).setRegime("Russia").setRegulation("regulation 12")
                        .setDescription("payment").setBreachDate(LocalDate.of(2026, 1, 5)).setBreachEndDate(null)
                        .setEstimatedValue(new BigDecimal("600000.00")).setEstablishedOnBalanceOfProbabilities(true)
                        .setKnewOrHadReasonableCauseToSuspect(null).build(),
                PenaltyDecisionRecorded.newBuilder().setSubjectId(subjectId).setDecidedOn(LocalDate.of(2026, 11, 27))
                        .setDecisionMaker("Director").setBaseline(new BigDecimal("500000.00")).setBaselineDepartureReason(null)
                        .setVoluntaryDisclosureDiscountPercent(null).setEarlyAccountDiscountPercent(null)
                        .setSettlementDiscountClaimed(false).setHardshipReduction(null).setHardshipReason(null)
                        .setInstalmentPlan(null).setRationale(null).build());
        List<CaseEventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            events.add(CaseEventEnvelope.newBuilder().setEventId(new UUID(0x2b2fL, i + 10).toString()).setCaseId(caseId)
                    .setOccurredAt(at).setRecordedAt(at).setProducer("intake-service").setCausationId(null)
                    .setCorrelationId("bench-0").setPayload(payloads.get(i)).build());
        }
        return events;
    }
}
