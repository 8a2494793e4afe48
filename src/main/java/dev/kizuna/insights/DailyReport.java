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
        List<dev.kizuna.work.Backlog.BoardBacklog> backlog, long overdueTasks, boolean teamScope) {

    /**
     * What a rep (not a manager) may read: their own line in each team they belong to with the team's totals, and
     * the deal and order figures of those teams together instead of everyone's ({@link #teamScope()} true).
     */
    public DailyReport forRep(java.util.UUID me) {
        List<TeamReport> mine = teams.stream().filter(t -> t.reps().stream().anyMatch(r -> me.equals(r.userId())))
                .map(t -> new TeamReport(t.teamId(), t.name(), t.managerName(),
                        t.reps().stream().filter(r -> me.equals(r.userId())).toList(), t.total(), t.memberIds()))
                .toList();
        java.util.Set<java.util.UUID> mates = new java.util.HashSet<>(java.util.Set.of(me));
        mine.forEach(t -> mates.addAll(t.memberIds()));
        dev.kizuna.sales.DealFigures teamDeals = mates.stream().map(this::dealsOf)
                .reduce(dev.kizuna.sales.DealFigures.NONE, dev.kizuna.sales.DealFigures::plus);
        dev.kizuna.commerce.CommerceFigures teamOrders = mates.stream().map(this::ordersOf)
                .reduce(dev.kizuna.commerce.CommerceFigures.NONE, dev.kizuna.commerce.CommerceFigures::plus);
        RepReport teamTotal = mine.isEmpty() ? RepTally.total(List.of()) : mine.getFirst().total();
        return new DailyReport(reportDay, coveredDays, compliancePeriod, mine, teamTotal, teamDeals,
                java.util.Map.of(me, dealsOf(me)), teamOrders, java.util.Map.of(me, ordersOf(me)), backlog,
                overdueTasks, true);
    }

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
