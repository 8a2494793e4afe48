package dev.kizuna.insights;

import java.util.List;

import java.time.LocalDate;

import dev.kizuna.activities.CompliancePeriod;

/**
 * The daily report (日報) sent on business day {@code reportDay}: about {@code coveredDays} (the previous business
 * day and any days off after it). Compliance is for {@code compliancePeriod}, the month of the last covered day
 * up to that day. Deals, orders and payments are not in it yet: their modules do not exist.
 */
public record DailyReport(LocalDate reportDay, List<LocalDate> coveredDays, CompliancePeriod compliancePeriod,
        List<TeamReport> teams, RepReport total) {

    public LocalDate firstDay() {
        return coveredDays.getFirst();
    }

    public LocalDate lastDay() {
        return coveredDays.getLast();
    }
}
