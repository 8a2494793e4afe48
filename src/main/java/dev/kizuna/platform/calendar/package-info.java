/**
 * The Japanese business-day calendar: national holidays from bundled data ({@code resources/calendar}, refreshed
 * with {@code tools/build-holidays.py}) and business-day arithmetic for due dates and daily reports. Use
 * {@link dev.kizuna.platform.calendar.BusinessCalendar}; nothing here touches the network or the database.
 */
package dev.kizuna.platform.calendar;
