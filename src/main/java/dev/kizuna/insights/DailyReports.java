package dev.kizuna.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kizuna.activities.ActivityCount;
import dev.kizuna.activities.ActivityStats;
import dev.kizuna.activities.Compliance;
import dev.kizuna.activities.ComplianceLine;
import dev.kizuna.activities.CompliancePeriod;
import dev.kizuna.activities.UserCount;
import dev.kizuna.customers.NewCustomers;
import dev.kizuna.identity.Team;
import dev.kizuna.identity.Teams;
import dev.kizuna.identity.Users;
import dev.kizuna.sales.DealFigures;
import dev.kizuna.sales.SalesDay;
import dev.kizuna.commerce.CommerceDay;
import dev.kizuna.work.Backlog;
import dev.kizuna.commerce.CommerceFigures;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.calendar.OutsideCoverageException;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily report (日報) for managers and administrators. A report belongs to a business day, the day it is sent
 * and read; it covers the days since the previous business day ({@link BusinessCalendar#daysCoveredByReportOn}),
 * so Monday's report covers Friday to Sunday and the Tuesday after a holiday Monday covers four days.
 */
@Service
@Transactional(readOnly = true)
public class DailyReports {

    private final BusinessCalendar calendar;
    private final ActivityStats stats;
    private final Compliance compliance;
    private final NewCustomers newCustomers;
    private final Teams teams;
    private final Users users;
    private final Clock clock;
    private final SalesDay salesDay;
    private final CommerceDay commerceDay;
    private final Backlog backlog;

    DailyReports(BusinessCalendar calendar, ActivityStats stats, Compliance compliance, NewCustomers newCustomers,
            Teams teams, Users users, Optional<Clock> clock, SalesDay salesDay, CommerceDay commerceDay,
            Backlog backlog) {
        this.backlog = backlog;
        this.salesDay = salesDay;
        this.commerceDay = commerceDay;
        this.calendar = calendar;
        this.stats = stats;
        this.compliance = compliance;
        this.newCustomers = newCustomers;
        this.teams = teams;
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Today in Tokyo. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ActivityStats.BUSINESS_ZONE));
    }

    /** Today when it is a business day, else the last business day before it: the newest report there is. */
    public LocalDate latestReportDay() {
        LocalDate today = today();
        return calendar.isBusinessDay(today) ? today : calendar.previousBusinessDay(today);
    }

    /**
     * The report of a business day up to today; any other day is a field problem on {@code date}. Managers and
     * administrators read everyone's; a rep reads their own line and their team's totals ({@link DailyReport#forRep}).
     */
    @PreAuthorize("hasRole('MEMBER')")
    public DailyReport report(LocalDate reportDay) {
        DailyReport whole = wholeReport(reportDay);
        return CurrentActor.hasRole("MANAGER") ? whole : whole.forRep(CurrentActor.required().actorId());
    }

    /** Everyone's report, as the e-mail to managers has it. */
    @PreAuthorize("hasRole('MANAGER')")
    public DailyReport wholeReport(LocalDate reportDay) {
        List<LocalDate> covered = coveredDays(reportDay);
        LocalDate last = covered.getLast();
        var from = covered.getFirst().atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
        var to = reportDay.atStartOfDay(ActivityStats.BUSINESS_ZONE).toInstant();
        CompliancePeriod month = new CompliancePeriod(YearMonth.from(last).atDay(1), last);

        List<Team> allTeams = teams.list();
        Set<UUID> reps = new LinkedHashSet<>();
        allTeams.forEach(t -> reps.addAll(t.memberIds()));
        reps.addAll(stats.loggedBy(from, to));
        Map<UUID, Long> added = new HashMap<>();
        newCustomers.countByOwner(from, to).stream().filter(p -> p.ownerId() != null)
                .forEach(p -> added.put(p.ownerId(), p.count()));
        reps.addAll(added.keySet());

        Map<UUID, List<ActivityCount>> counts = stats.counts(covered.getFirst(), last, reps).stream()
                .collect(Collectors.groupingBy(ActivityCount::userId));
        Map<UUID, Long> overdue = stats.overdueFollowUps(reportDay, reps).stream()
                .collect(Collectors.toMap(UserCount::userId, UserCount::count));
        Map<UUID, ComplianceLine> lines = compliance.visibleLines(month).stream()
                .collect(Collectors.toMap(ComplianceLine::userId, Function.identity()));
        Map<UUID, String> names = new HashMap<>();
        allTeams.forEach(t -> t.members().forEach(m -> names.put(m.id(), m.displayName())));
        lines.values().forEach(l -> names.putIfAbsent(l.userId(), l.userName()));

        Function<UUID, RepReport> rep = id -> RepTally.of(id, names.computeIfAbsent(id, k -> users.find(k).displayName()),
                counts.getOrDefault(id, List.of()), added.getOrDefault(id, 0L), overdue.getOrDefault(id, 0L),
                lines.get(id));
        List<TeamReport> sections = new ArrayList<>();
        Set<UUID> placed = new LinkedHashSet<>();
        for (Team team : allTeams) {
            List<RepReport> members = team.memberIds().stream().map(rep).toList();
            placed.addAll(team.memberIds());
            sections.add(new TeamReport(team.id(), team.name(), team.managerName(), members, RepTally.total(members),
                    team.memberIds()));
        }
        List<RepReport> outside = reps.stream().filter(id -> !placed.contains(id)).map(rep).toList();
        if (!outside.isEmpty()) {
            sections.add(new TeamReport(null, null, null, outside, RepTally.total(outside),
                    outside.stream().map(RepReport::userId).toList()));
        }
        List<RepReport> everyone = reps.stream().map(rep).toList();
        Map<UUID, DealFigures> deals = salesDay.byOwner(from, to);
        DealFigures dealTotal = deals.values().stream().reduce(DealFigures.NONE, DealFigures::plus);
        Map<UUID, CommerceFigures> orders = commerceDay.byOwner(covered.getFirst(), last, reportDay);
        CommerceFigures orderTotal = orders.values().stream().reduce(CommerceFigures.NONE, CommerceFigures::plus);
        return new DailyReport(reportDay, covered, month, sections, RepTally.total(everyone), dealTotal, deals,
                orderTotal, orders, backlog.asOf(reportDay), backlog.overdue(reportDay), false);
    }

    /** The calendar days a report covers, with the reasons a day has no report as field problems. */
    List<LocalDate> coveredDays(LocalDate reportDay) {
        try {
            if (reportDay.isAfter(today())) {
                throw new RuleViolationException(FieldProblem.of("date", "ReportDayFuture"));
            }
            if (!calendar.isBusinessDay(reportDay)) {
                throw new RuleViolationException(FieldProblem.of("date", "NotBusinessDay"));
            }
            return calendar.daysCoveredByReportOn(reportDay);
        } catch (OutsideCoverageException e) {
            throw new RuleViolationException(FieldProblem.of("date", "OutsideCalendar"));
        }
    }
}
