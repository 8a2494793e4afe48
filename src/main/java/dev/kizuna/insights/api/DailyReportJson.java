package dev.kizuna.insights.api;

import java.util.List;

import dev.kizuna.activities.ComplianceLine;
import dev.kizuna.insights.DailyReport;
import dev.kizuna.insights.RepReport;
import dev.kizuna.insights.Tally;
import dev.kizuna.insights.TeamReport;

/**
 * The daily report as JSON. {@code deals}: moved forward, won and lost (with amounts in yen) in the covered days and
 * stalled now, in total and per owner. {@code orders}: orders received and payments received in the covered days and
 * orders unpaid past due on the report day, with amounts in yen, in total and per order owner. {@code scope}: {@code all}
 * for managers and administrators; {@code team} for a rep, who gets their own line, their teams' totals and, as
 * {@code deals.total} and {@code orders.total}, the figures of their teams together.
 */
record DailyReportJson(String reportDay, List<String> coveredDays, String compliancePeriod, List<TeamJson> teams,
        RepJson total, DealsJson deals, OrdersJson orders, TasksJson tasks, String scope) {

    record BoardJson(String boardId, String boardName, int backlogDays, long backlog) {
    }

    /** Tasks: per board, those older than the board's backlog rule (N business days); and overdue tasks in all. */
    record TasksJson(long backlog, long overdue, List<BoardJson> boards) {
        static TasksJson of(DailyReport r) {
            return new TasksJson(r.backlogTotal(), r.overdueTasks(), r.backlog().stream()
                    .map(b -> new BoardJson(b.boardId().toString(), b.boardName(), b.backlogDays(), b.backlog()))
                    .toList());
        }
    }

    record OrderFiguresJson(long orders, long orderAmount, long payments, long paymentAmount, long overdue,
            long overdueAmount) {
        static OrderFiguresJson of(dev.kizuna.commerce.CommerceFigures f) {
            return new OrderFiguresJson(f.orders(), f.orderAmount(), f.payments(), f.paymentAmount(), f.overdue(),
                    f.overdueAmount());
        }
    }

    record OwnerOrdersJson(String userId, OrderFiguresJson figures) {
    }

    record OrdersJson(String currency, OrderFiguresJson total, List<OwnerOrdersJson> byOwner) {
        static OrdersJson of(DailyReport r) {
            return new OrdersJson("JPY", OrderFiguresJson.of(r.orders()), r.ordersByRep().entrySet().stream()
                    .map(e -> new OwnerOrdersJson(e.getKey() == null ? null : e.getKey().toString(),
                            OrderFiguresJson.of(e.getValue()))).toList());
        }
    }

    record FiguresJson(long movedForward, long won, long wonAmount, long lost, long lostAmount, long stalled) {
        static FiguresJson of(dev.kizuna.sales.DealFigures f) {
            return new FiguresJson(f.movedForward(), f.won(), f.wonAmount(), f.lost(), f.lostAmount(), f.stalled());
        }
    }

    record OwnerFiguresJson(String userId, FiguresJson figures) {
    }

    record DealsJson(String currency, FiguresJson total, List<OwnerFiguresJson> byOwner) {
        static DealsJson of(DailyReport r) {
            return new DealsJson("JPY", FiguresJson.of(r.deals()), r.dealsByRep().entrySet().stream()
                    .map(e -> new OwnerFiguresJson(e.getKey() == null ? null : e.getKey().toString(),
                            FiguresJson.of(e.getValue()))).toList());
        }
    }

    record TallyJson(String name, String nameEn, long count) {
        static TallyJson of(Tally t) {
            return new TallyJson(t.name(), t.nameEn(), t.count());
        }
    }

    record ComplianceJson(int score, int rank, int rankedOf, int completePart, int onTimePart, int activePart,
            int followUpPart) {
        static ComplianceJson of(ComplianceLine l) {
            return l == null ? null : new ComplianceJson(l.score(), l.rank(), l.rankedOf(), l.completePart(),
                    l.onTimePart(), l.activePart(), l.followUpPart());
        }
    }

    record RepJson(String userId, String name, long activities, List<TallyJson> byChannel, List<TallyJson> byType,
            long newCustomers, long overdueFollowUps, ComplianceJson compliance) {
        static RepJson of(RepReport r) {
            return new RepJson(r.userId() == null ? null : r.userId().toString(), r.name(), r.activities(),
                    r.byChannel().stream().map(TallyJson::of).toList(), r.byType().stream().map(TallyJson::of).toList(),
                    r.newCustomers(), r.overdueFollowUps(), ComplianceJson.of(r.compliance()));
        }
    }

    record TeamJson(String teamId, String name, String managerName, List<RepJson> reps, RepJson total) {
        static TeamJson of(TeamReport t) {
            return new TeamJson(t.teamId() == null ? null : t.teamId().toString(), t.name(), t.managerName(),
                    t.reps().stream().map(RepJson::of).toList(), RepJson.of(t.total()));
        }
    }

    static DailyReportJson of(DailyReport r) {
        return new DailyReportJson(r.reportDay().toString(), r.coveredDays().stream().map(Object::toString).toList(),
                r.compliancePeriod().label(), r.teams().stream().map(TeamJson::of).toList(), RepJson.of(r.total()),
                DealsJson.of(r), OrdersJson.of(r), TasksJson.of(r), r.teamScope() ? "team" : "all");
    }
}
