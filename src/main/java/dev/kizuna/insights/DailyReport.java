package dev.kizuna.insights;

import java.time.LocalDate;
import java.util.List;

import dev.kizuna.activities.CompliancePeriod;

/**
 * The daily report (日報) sent on business day {@code reportDay}: about {@code coveredDays} (the previous business
 * day and any days off after it). Compliance is for {@code compliancePeriod}, the month of the last covered day
 * up to that day. Deals (from the sales module): moved forward, won and lost in the covered days with amounts, and
 * stalled now, in total and per deal owner ({@code dealsByRep}; a null key for deals without an owner). Orders (from
 * the commerce module): orders and payments received in the covered days and orders unpaid past due on the report
 * day, with amounts, in total and per order owner ({@code ordersByRep}).
 */
public record DailyReport(LocalDate reportDay, List<LocalDate> coveredDays, CompliancePeriod compliancePeriod,
        List<TeamReport> teams, RepReport total, dev.kizuna.sales.DealFigures deals,
        java.util.Map<java.util.UUID, dev.kizuna.sales.DealFigures> dealsByRep,
        dev.kizuna.commerce.CommerceFigures orders,
        java.util.Map<java.util.UUID, dev.kizuna.commerce.CommerceFigures> ordersByRep,
        List<dev.kizuna.work.Backlog.BoardBacklog> backlog, long overdueTasks) {

    /** Tasks piled up past their board's rule, over every board (seed 002: never two days or more). */
    public long backlogTotal() {
        return backlog.stream().mapToLong(dev.kizuna.work.Backlog.BoardBacklog::backlog).sum();
    }

    /** A rep's order figures, zeros when they had none. */
    public dev.kizuna.commerce.CommerceFigures ordersOf(java.util.UUID userId) {
        return ordersByRep.getOrDefault(userId, dev.kizuna.commerce.CommerceFigures.NONE);
    }

    /** A team's order figures: its reps' together. */
    public dev.kizuna.commerce.CommerceFigures ordersOf(TeamReport team) {
        return team.reps().stream().map(r -> ordersOf(r.userId())).reduce(dev.kizuna.commerce.CommerceFigures.NONE,
                dev.kizuna.commerce.CommerceFigures::plus);
    }

    /** A rep's deal figures, zeros when they had none. */
    public dev.kizuna.sales.DealFigures dealsOf(java.util.UUID userId) {
        return dealsByRep.getOrDefault(userId, dev.kizuna.sales.DealFigures.NONE);
    }

    /** A team's deal figures: its reps' together. */
    public dev.kizuna.sales.DealFigures dealsOf(TeamReport team) {
        return team.reps().stream().map(r -> dealsOf(r.userId())).reduce(dev.kizuna.sales.DealFigures.NONE,
                dev.kizuna.sales.DealFigures::plus);
    }

    public LocalDate firstDay() {
        return coveredDays.getFirst();
    }

    public LocalDate lastDay() {
        return coveredDays.getLast();
    }
}
