/**
 * UK business days and deadline-window arithmetic, framework-free (plain Java 17, {@code java.time}).
 *
 * <p>A business day is a day that is not a Saturday, a Sunday or a bank holiday of the chosen UK
 * {@link org.sanctionsplatform.calendar.Division} (DESIGN §4). Bank holidays come from Jollyday, plus any
 * newly proclaimed days an operator supplies in the GOV.UK {@code bank-holidays.json} format
 * ({@link org.sanctionsplatform.calendar.GovUkBankHolidays}). Entry point:
 * {@link org.sanctionsplatform.calendar.BusinessCalendar}.
 */
package org.sanctionsplatform.calendar;
