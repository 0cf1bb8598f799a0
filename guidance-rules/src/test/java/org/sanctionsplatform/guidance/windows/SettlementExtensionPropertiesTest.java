package org.sanctionsplatform.guidance.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.aCase;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.extensionAgreed;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.milestone;
import static org.sanctionsplatform.guidance.windows.CaseFixtures.record;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sanctionsplatform.calendar.BusinessCalendar;
import org.sanctionsplatform.calendar.Division;

/**
 * §6.9 for any notice date, division and sequence of agreed extensions: the settlement discussions are never
 * extended by more than 10 business days in total, every extension that fits is granted, and the window then
 * ends exactly that many business days after its original due date.
 */
class SettlementExtensionPropertiesTest {

    @Property(tries = 200)
    void settlementDiscussionsAreExtendedByEveryExtensionThatFitsAndNeverBeyondTenBusinessDays(
            @ForAll("noticeDates") LocalDate notice, @ForAll Division division,
            @ForAll("extensionRequests") List<Integer> requests) {
        CaseFixtures.Recorded current = record(aCase(Procedure.CIVIL_MONETARY_PENALTY, division),
                milestone(Milestone.NOTICE_OF_INTENTION, "noi-1", notice));
        LocalDate originalDue = current.the(WindowKind.SETTLEMENT_DISCUSSIONS).dueDate();

        int expectedTotal = 0;
        for (int i = 0; i < requests.size(); i++) {
            int days = requests.get(i);
            current = record(current.after(), extensionAgreed("ext-" + i, notice, WindowKind.SETTLEMENT_DISCUSSIONS, days,
                    "exceptional circumstances " + i));
            boolean fits = expectedTotal + days <= 10;
            assertThat(current.events()).singleElement().isInstanceOf(
                    fits ? WindowEvent.Extended.class : WindowEvent.ExtensionRefused.class);
            if (fits) {
                expectedTotal += days;
            }
        }

        Window settlement = current.the(WindowKind.SETTLEMENT_DISCUSSIONS);
        BusinessCalendar calendar = CaseFixtures.calendar(division);
        assertThat(settlement.extendedBusinessDays()).isEqualTo(expectedTotal).isLessThanOrEqualTo(10);
        assertThat(calendar.businessDaysBetween(originalDue, settlement.dueDate())).isEqualTo(expectedTotal);
        assertThat(settlement.dueAt()).isEqualTo(calendar.endOfDay(settlement.dueDate()));
        assertThat(settlement.extensions()).hasSize(requests.size());
        // the representations window running alongside is not moved by the settlement extensions
        assertThat(current.the(WindowKind.REPRESENTATIONS).dueDate()).isEqualTo(originalDue);
    }

    @Provide
    Arbitrary<LocalDate> noticeDates() {
        return Arbitraries.longs().between(SettlementScheme.FIRST_COVERED_NOTICE.toEpochDay(),
                LocalDate.of(2034, 6, 30).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<List<Integer>> extensionRequests() {
        return Arbitraries.integers().between(1, 12).list().ofMinSize(1).ofMaxSize(5);
    }
}
