package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window table of DESIGN §4, row by row: start, length, fixed-penalty length and guidance section. */
class WindowKindTableTest {

    @ParameterizedTest(name = "{0} starts at {1}, runs {2}, fixed penalty {3}, §{4}")
    @CsvSource(delimiter = '|', textBlock = """
            EAS_REQUEST                      | INVESTIGATION_NOTICE          | 15 business days     | 15 business days     | 4.3     | 4.3
            EAS_TERMS_AGREED                 | EAS_AGREED_IN_PRINCIPLE       | 20 business days     | 20 business days     | 4.5     | 4.5
            SETTLEMENT_INVITATION_REPLY      | SETTLEMENT_INVITATION         | 10 business days     | –                    | 6.9     | –
            SETTLEMENT_DISCUSSIONS           | NOTICE_OF_INTENTION           | 30 business days     | –                    | 6.8–6.9 | –
            REPRESENTATIONS                  | NOTICE_OF_INTENTION           | 30 business days     | 15 business days     | 7.1     | 13.3
            REVIEW_REQUEST                   | FINAL_DECISION                | 30 business days     | 15 business days     | 8.1     | 13.3
            REVIEW_CONCLUSION                | REVIEW_REQUESTED              | 2 calendar months    | 2 calendar months    | 8.2     | 8.2
            PAYMENT                          | PENALTY_FINALISED             | 30 business days     | 30 business days     | 10      | 10
            DISCLOSURE_REPRESENTATIONS       | NOTICE_OF_INTENDED_DISCLOSURE | 30 business days     | 30 business days     | 12.2    | 12.2
            """)
    void eachWindowRunsAsTheTableSays(WindowKind kind, Milestone start, String length, String fixedPenaltyLength,
                                      String section, String fixedPenaltySection) {
        assertThat(kind.startsAt(start)).isTrue();
        assertThat(kind.length().describe()).isEqualTo(length);
        assertThat(kind.guidanceSection()).isEqualTo(section);
        assertThat(kind.termsUnder(Procedure.CIVIL_MONETARY_PENALTY)).hasValueSatisfying(terms -> {
            assertThat(terms.length().describe()).isEqualTo(length);
            assertThat(terms.guidanceSection()).isEqualTo(section);
        });
        if (fixedPenaltyLength.equals("–")) {
            assertThat(kind.termsUnder(Procedure.FIXED_MONETARY_PENALTY)).isEmpty();
        } else {
            assertThat(kind.termsUnder(Procedure.FIXED_MONETARY_PENALTY)).hasValueSatisfying(terms -> {
                assertThat(terms.length().describe()).isEqualTo(fixedPenaltyLength);
                assertThat(terms.guidanceSection()).isEqualTo(fixedPenaltySection);
                assertThat(terms.fixedPenaltyCase()).isTrue();
            });
        }
    }

    @Test
    void ofsiRespondsWithin30BusinessDaysOfTheEndOfTheRepresentationsWindowOr15InAFixedPenaltyCase() {
        WindowKind response = WindowKind.OFSI_RESPONSE_TO_REPRESENTATIONS;

        assertThat(response.start()).isInstanceOfSatisfying(WindowStart.AtEndOf.class,
                start -> assertThat(start.kind()).isEqualTo(WindowKind.REPRESENTATIONS));
        assertThat(response.length().describe()).isEqualTo("30 business days");
        assertThat(response.termsUnder(Procedure.FIXED_MONETARY_PENALTY).orElseThrow().length().describe())
                .isEqualTo("15 business days");
    }

    @Test
    void theUpperTribunalAppealRuns28CalendarDaysAndMovesOffANonWorkingDay() {
        assertThat(WindowKind.UPPER_TRIBUNAL_APPEAL.startsAt(Milestone.REVIEW_DECIDED)).isTrue();
        assertThat(WindowKind.UPPER_TRIBUNAL_APPEAL.length())
                .isEqualTo(new WindowLength.CalendarDays(28, true));
        assertThat(WindowKind.UPPER_TRIBUNAL_APPEAL.guidanceSection()).isEqualTo("9");
    }

    @Test
    void theEarlyAccountIsDueOnTheDateInTheLetterAndReviewedMonthlyUntilDelivered() {
        assertThat(WindowKind.EARLY_ACCOUNT_DELIVERY.startsAt(Milestone.EAS_TERMS_AGREED)).isTrue();
        assertThat(WindowKind.EARLY_ACCOUNT_DELIVERY.length()).isInstanceOf(WindowLength.DateInLetter.class);
        assertThat(WindowKind.EAS_PROGRESS_REVIEW.length()).isInstanceOf(WindowLength.Recurring.class);
        assertThat(WindowKind.EAS_PROGRESS_REVIEW.metBy()).isEqualTo(Milestone.EARLY_ACCOUNT_DELIVERED);
    }

    @Test
    void settlementDiscussionsMayBeExtendedByAtMostTenBusinessDays() {
        assertThat(WindowKind.SETTLEMENT_DISCUSSIONS.extension()).isInstanceOfSatisfying(Extension.UpTo.class,
                upTo -> assertThat(upTo.most().days()).isEqualTo(10));
    }

    @Test
    void theGuidanceLetsOfsiExtendEveryWindowButTheSettlementReplyTheProgressReviewsAndTheTribunalAppeal() {
        assertThat(Arrays.stream(WindowKind.values()).filter(k -> !k.extension().allowed()))
                .containsExactlyInAnyOrder(WindowKind.SETTLEMENT_INVITATION_REPLY, WindowKind.EAS_PROGRESS_REVIEW,
                        WindowKind.UPPER_TRIBUNAL_APPEAL);
        // each rule names where the guidance says so
        assertThat(Arrays.stream(WindowKind.values()).map(k -> k.extension().describe()))
                .allMatch(text -> text.matches(".*\\((§|chapter )[0-9].*\\).*"), "cites a section");
        assertThat(WindowKind.EAS_REQUEST.extension().describe()).isEqualTo("on request: exceptional circumstances (§4.3)");
        assertThat(WindowKind.EARLY_ACCOUNT_DELIVERY.extension().describe())
                .isEqualTo("on request: genuine progress and unforeseen complexity (§4.6)");
        assertThat(WindowKind.REVIEW_CONCLUSION.extension().describe()).isEqualTo("on request: if required (§8.2)");
    }

    @Test
    void everyKindOfTheEventContractIsModelled() {
        assertThat(Arrays.stream(WindowKind.values()).map(Enum::name))
                .containsExactly("EAS_REQUEST", "EAS_TERMS_AGREED", "EARLY_ACCOUNT_DELIVERY", "EAS_PROGRESS_REVIEW",
                        "SETTLEMENT_INVITATION_REPLY", "SETTLEMENT_DISCUSSIONS", "REPRESENTATIONS",
                        "OFSI_RESPONSE_TO_REPRESENTATIONS", "REVIEW_REQUEST", "REVIEW_CONCLUSION",
                        "UPPER_TRIBUNAL_APPEAL", "PAYMENT", "DISCLOSURE_REPRESENTATIONS");
    }
}
