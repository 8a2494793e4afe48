package dev.kizuna.work;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.ListViews;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.text.JapaneseText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Target lists (ターゲットリスト): a customer filter in the customers list's own terms (its query string, or a saved
 * view's), evaluated through {@link Companies#list}; re-evaluated on its schedule (new matches join at the end — or
 * in field order — and waiting ones that no longer match leave; fed ones stay); fed {@code perDay} customers each
 * business day (Japanese holidays and weekends are skipped) into a board or a playbook. Feeding a list on a day
 * first inserts the (list, day) row: a second instance or a re-run finds it and feeds nobody.
 */
@Service
@Transactional
public class TargetLists {

    static final String AUDIT_TYPE = "target-list";
    /** A list holds at most this many customers waiting. */
    public static final int MAX_MEMBERS = Companies.COUNT_CAP;

    private final JdbcClient jdbc;
    private final Companies companies;
    private final ListViews views;
    private final Tasks tasks;
    private final Boards boards;
    private final ObjectProvider<Playbooks> playbooks;
    private final ObjectProvider<PlaybookEngine> engine;
    private final BusinessCalendar calendar;
    private final AuditLog audit;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    TargetLists(JdbcClient jdbc, Companies companies, ListViews views, Tasks tasks, Boards boards,
            ObjectProvider<Playbooks> playbooks, ObjectProvider<PlaybookEngine> engine, BusinessCalendar calendar,
            AuditLog audit, PlatformTransactionManager txm, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.views = views;
        this.tasks = tasks;
        this.boards = boards;
        this.playbooks = playbooks;
        this.engine = engine;
        this.calendar = calendar;
        this.audit = audit;
        this.newTransaction = new TransactionTemplate(txm);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Today in Japan, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Tasks.ZONE));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TargetList> list(boolean includeInactive) {
        return jdbc.sql(SELECT + (includeInactive ? "" : " where l.active") + " order by l.name, l.id")
                .query(TargetLists::map).list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TargetList find(UUID id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(TargetLists::map).optional()
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The customers waiting, in feeding order (keyset-paged by position). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<TargetList.Member> waiting(UUID id, PageQuery page) {
        var cursor = page.decodedCursor(1);
        int after = cursor == null ? Integer.MIN_VALUE : (int) Math.clamp(cursor.number(0), Integer.MIN_VALUE, Integer.MAX_VALUE);
        List<TargetList.Member> rows = jdbc.sql(MEMBERS + " where m.list_id = ? and m.fed_on is null and m.position > ?"
                + " order by m.position limit ?").params(id, after, page.fetchSize()).query(TargetLists::member).list();
        return page.page(rows, m -> dev.kizuna.platform.api.Cursor.of(String.valueOf(m.position())));
    }

    /** The customers already fed, latest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TargetList.Member> fed(UUID id, int limit) {
        return jdbc.sql(MEMBERS + " where m.list_id = ? and m.fed_on is not null order by m.fed_on desc, m.position"
                + " limit ?").params(id, limit).query(TargetLists::member).list();
    }

    @PreAuthorize("hasRole('MANAGER')")
    public TargetList create(TargetListDraft draft) {
        return insert(draft);
    }

    /** Also for sample data. Evaluates the filter at once. */
    TargetList insert(TargetListDraft draft) {
        Clean c = verify(draft, null);
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into target_list (id, name, description, query, view_id, order_field, order_desc, per_day,
                    refresh, feed_kind, board_id, playbook_id, active, created_by, updated_by, feed_mode)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, c.name, c.description, c.query, c.viewId, c.orderField, c.orderDesc, c.perDay,
                c.refresh, c.feedKind, c.boardId, c.playbookId, c.active, CurrentActor.idOrNull(),
                CurrentActor.idOrNull(), c.feedMode).update();
        evaluate(id, today());
        if ("period".equals(c.feedMode)) { // a schedule feeds its first period on the next business day it runs
            jdbc.sql("update target_list set next_refresh_on = ? where id = ?").params(today(), id).update();
        }
        TargetList created = find(id);
        audit.record("target-list.created", AUDIT_TYPE, id, null, created.audit());
        return created;
    }

    /** Saves changes; a changed filter or order is re-evaluated at once. */
    @PreAuthorize("hasRole('MANAGER')")
    public TargetList update(UUID id, long version, TargetListDraft draft) {
        TargetList before = find(id);
        Clean c = verify(draft, id);
        int n = jdbc.sql("""
                update target_list set name = ?, description = ?, query = ?, view_id = ?, order_field = ?,
                    order_desc = ?, per_day = ?, refresh = ?, feed_kind = ?, board_id = ?, playbook_id = ?, active = ?,
                    feed_mode = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?
                """).params(c.name, c.description, c.query, c.viewId, c.orderField, c.orderDesc, c.perDay, c.refresh,
                c.feedKind, c.boardId, c.playbookId, c.active, c.feedMode, CurrentActor.idOrNull(), id, version)
                .update();
        if (n == 0) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        if (!c.query.equals(before.query()) || !java.util.Objects.equals(c.orderField, before.orderField())
                || c.orderDesc != before.orderDesc()) {
            evaluate(id, today());
        } else {
            jdbc.sql("update target_list set next_refresh_on = ? where id = ?")
                    .params(nextRefresh(c.refresh, today()), id).update();
        }
        TargetList after = find(id);
        audit.record("target-list.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    /** Re-evaluates the filter now (also what the schedule does); returns the list with its new counts. */
    @PreAuthorize("hasRole('MANAGER')")
    public TargetList refresh(UUID id, long version) {
        TargetList before = find(id);
        if (jdbc.sql("update target_list set version = version + 1 where id = ? and version = ?").params(id, version)
                .update() == 0) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        evaluate(id, today());
        TargetList after = find(id);
        audit.record("target-list.refreshed", AUDIT_TYPE, id, Map.of("waiting", before.waiting()),
                Map.of("waiting", after.waiting()));
        return after;
    }

    /** Moves a waiting customer one place up or down (lists ordered by hand only). */
    @PreAuthorize("hasRole('MANAGER')")
    public TargetList move(UUID id, long version, UUID companyId, boolean up) {
        TargetList list = find(id);
        Check.of().failIf(list.orderField() != null, "orderField", "WorkTargetListOrderedByField").verify();
        Integer position = jdbc.sql("select position from target_list_member where list_id = ? and company_id = ?"
                + " and fed_on is null").params(id, companyId).query(Integer.class).optional()
                .orElseThrow(() -> new NotFoundException("target-list-member", companyId));
        if (jdbc.sql("update target_list set version = version + 1 where id = ? and version = ?").params(id, version)
                .update() == 0) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Optional<UUID> neighbour = jdbc.sql("select company_id from target_list_member where list_id = ? and"
                + " fed_on is null and position " + (up ? "< ? order by position desc" : "> ? order by position")
                + " limit 1").params(id, position).query(UUID.class).optional();
        if (neighbour.isPresent()) {
            int other = jdbc.sql("select position from target_list_member where list_id = ? and company_id = ?")
                    .params(id, neighbour.get()).query(Integer.class).single();
            jdbc.sql("update target_list_member set position = ? where list_id = ? and company_id = ?")
                    .params(other, id, companyId).update();
            jdbc.sql("update target_list_member set position = ? where list_id = ? and company_id = ?")
                    .params(position, id, neighbour.get()).update();
            audit.record("target-list.moved", AUDIT_TYPE, id, Map.of("companyId", companyId, "position", position),
                    Map.of("companyId", companyId, "position", other));
        }
        return find(id);
    }

    // ---- the schedule ----

    /**
     * What the daily job does for {@code day}: re-evaluates the lists whose refresh is due, then (on a business day
     * only) feeds every active list once. Returns how many customers were fed.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int runDay(LocalDate day) {
        return AsSystem.call(() -> {
            List<UUID> due = jdbc.sql("select id from target_list where active and refresh <> 'never'"
                    + " and feed_mode = 'daily' and (next_refresh_on is null or next_refresh_on <= ?) order by id")
                    .param(day).query(UUID.class).list();
            for (UUID id : due) {
                newTransaction.executeWithoutResult(s -> evaluate(id, day));
            }
            if (!calendar.isBusinessDay(day)) {
                return 0;
            }
            int fed = 0;
            for (UUID id : jdbc.sql("select id from target_list where active and feed_mode = 'daily' order by id")
                    .query(UUID.class).list()) {
                Integer n = newTransaction.execute(s -> feed(id, day, false));
                fed += n == null ? 0 : n;
            }
            // Schedules: on the first business day a period is due, everyone matching is fed (again).
            for (UUID id : jdbc.sql("select id from target_list where active and feed_mode = 'period'"
                    + " and (next_refresh_on is null or next_refresh_on <= ?) order by id").param(day)
                    .query(UUID.class).list()) {
                Integer n = newTransaction.execute(s -> feed(id, day, true));
                fed += n == null ? 0 : n;
            }
            return fed;
        });
    }

    /** Feeds one list for one business day, once: the (list, day) row decides who does it. */
    private int feed(UUID id, LocalDate day, boolean period) {
        TargetList list = find(id);
        Playbook playbook = null;
        if ("playbook".equals(list.feedKind())) {
            playbook = playbooks.getObject().find(list.playbookId());
            if (!playbook.active()) {
                return 0; // switched off: the list waits, nothing is claimed for the day
            }
        } else if (boards.find(list.boardId()).retired()) {
            return 0;
        }
        int claimed = jdbc.sql("insert into target_list_feed (list_id, day) values (?, ?) on conflict do nothing")
                .params(id, day).update();
        if (claimed == 0) {
            return 0;
        }
        if (period) { // a new period: everyone matching now is fed again
            jdbc.sql("update target_list_member set fed_on = null, task_id = null, run_id = null where list_id = ?")
                    .param(id).update();
            evaluate(id, day);
        }
        List<TargetList.Member> next = jdbc.sql(MEMBERS + " where m.list_id = ? and m.fed_on is null"
                + " order by m.position limit ? for update of m skip locked")
                .params(id, period ? MAX_MEMBERS : list.perDay()).query(TargetLists::member).list();
        for (TargetList.Member m : next) {
            UUID taskId = null;
            UUID runId = null;
            if (playbook != null) {
                runId = engine.getObject().enqueue(playbook, m.companyId(), null, null); // in this transaction
            } else {
                taskId = tasks.insert(new TaskDraft(list.boardId(), list.name() + "：" + m.companyName(),
                        list.description(), null, null, m.companyId(), null, null, null, 1, "normal", List.of()),
                        null).id();
            }
            jdbc.sql("update target_list_member set fed_on = ?, task_id = ?, run_id = ? where list_id = ?"
                    + " and company_id = ?").params(day, taskId, runId, id, m.companyId()).update();
        }
        jdbc.sql("update target_list_feed set fed = ? where list_id = ? and day = ?").params(next.size(), id, day)
                .update();
        if (!next.isEmpty()) {
            audit.record("target-list.fed", AUDIT_TYPE, id, null, Map.of("day", day.toString(), "companies",
                    next.stream().map(TargetList.Member::companyId).toList()));
        }
        return next.size();
    }

    /** Re-evaluates the filter: new matches join, waiting non-matches leave, fed ones stay put. */
    private void evaluate(UUID id, LocalDate day) {
        TargetList list = jdbc.sql(SELECT + " where l.id = ? for update of l").param(id).query(TargetLists::map)
                .single();
        List<UUID> matches = matches(list.query(), list.orderField(), list.orderDesc());
        Map<UUID, Integer> order = new HashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            order.put(matches.get(i), i);
        }
        Map<UUID, Boolean> present = new HashMap<>(); // company → fed
        jdbc.sql("select company_id, fed_on is not null as fed from target_list_member where list_id = ?").param(id)
                .query((rs, n) -> present.put(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
        List<UUID> leave = present.entrySet().stream().filter(e -> !e.getValue() && !order.containsKey(e.getKey()))
                .map(Map.Entry::getKey).toList();
        for (UUID c : leave) {
            jdbc.sql("delete from target_list_member where list_id = ? and company_id = ?").params(id, c).update();
        }
        int end = jdbc.sql("select coalesce(max(position), 0) from target_list_member where list_id = ?").param(id)
                .query(Integer.class).single();
        for (UUID c : matches) {
            if (!present.containsKey(c)) {
                end++;
                jdbc.sql("insert into target_list_member (list_id, company_id, position) values (?, ?, ?)")
                        .params(id, c, list.orderField() == null ? end : order.get(c)).update();
            } else if (list.orderField() != null && !present.get(c)) {
                jdbc.sql("update target_list_member set position = ? where list_id = ? and company_id = ?")
                        .params(order.get(c), id, c).update();
            }
        }
        jdbc.sql("update target_list set refreshed_at = now(), next_refresh_on = ? where id = ?")
                .params(nextRefresh(list.refresh(), day), id).update();
    }

    private static LocalDate nextRefresh(String refresh, LocalDate day) {
        return switch (refresh) {
            case "weekly" -> day.plusWeeks(1);
            case "never" -> null;
            default -> day.plusMonths(1);
        };
    }

    /** Every customer the filter matches, in the list's order (at most {@link #MAX_MEMBERS}). */
    private List<UUID> matches(String query, String orderField, boolean desc) {
        CompanyFilter filter = filter(query).sortedBy(orderField == null ? "kana" : orderField,
                orderField != null && desc);
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        do {
            CursorPage<Company> page = companies.list(filter, new PageQuery(PageQuery.MAX_LIMIT, cursor));
            page.items().forEach(c -> ids.add(c.id()));
            cursor = page.nextCursor();
        } while (cursor != null && ids.size() < MAX_MEMBERS);
        return ids;
    }

    /** How many customers a query matches now (the form's preview). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String query) {
        return companies.count(filter(query));
    }

    /** The customers list's query string as its filter (the same reading the customers page does). */
    static CompanyFilter filter(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String q = query == null ? "" : query.strip();
        if (q.startsWith("?")) {
            q = q.substring(1);
        }
        for (String pair : q.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> array = new LinkedHashMap<>();
        params.forEach((k, v) -> array.put(k, v.toArray(String[]::new)));
        return CompanyFilter.fromParameters(array);
    }

    private record Clean(String name, String description, String query, UUID viewId, String orderField,
            boolean orderDesc, int perDay, String refresh, String feedKind, UUID boardId, UUID playbookId,
            boolean active, String feedMode) {
    }

    private Clean verify(TargetListDraft d, UUID id) {
        String name = JapaneseText.normalize(d.name());
        String description = d.description() == null ? "" : d.description().strip();
        String query = d.query() == null ? "" : d.query().strip();
        if (d.viewId() != null) {
            var view = views.find(d.viewId());
            Check.of().failIf(!"company".equals(view.objectType()), "viewId", "UnknownId").verify();
            if (query.isEmpty()) {
                query = view.query();
            }
        }
        if (query.startsWith("?")) {
            query = query.substring(1);
        }
        String orderField = d.orderField() == null || d.orderField().isBlank() ? null : d.orderField().strip();
        String refresh = d.refresh() == null || d.refresh().isBlank() ? "monthly" : d.refresh();
        String feedKind = d.feedKind() == null || d.feedKind().isBlank() ? "board" : d.feedKind();
        int perDay = d.perDay() == null ? 1 : d.perDay();
        String feedMode = d.feedMode() == null || d.feedMode().isBlank() ? "daily" : d.feedMode();
        Set<String> sorts = Set.copyOf(Companies.sorts(companies.listFields()));
        Check check = Check.of()
                .required("name", name)
                .maxLength("name", name, 80)
                .maxLength("description", description, 1000)
                .maxLength("query", query, 4000)
                .failIf(name != null && !name.isBlank() && nameTaken(name, id), "name", "Duplicate")
                .failIf(orderField != null && !sorts.contains(orderField), "orderField", "WorkTargetListUnknownSort")
                .failIf(perDay < 1 || perDay > 100, "perDay", "Range", 1, 100)
                .oneOf("refresh", refresh, TargetList.REFRESHES)
                .oneOf("feedKind", feedKind, TargetList.FEED_KINDS)
                .oneOf("feedMode", feedMode, TargetList.FEED_MODES)
                .failIf("period".equals(feedMode) && "never".equals(refresh), "refresh", "WorkTargetListPeriodNever")
                .failIf("board".equals(feedKind) && d.boardId() == null, "boardId", "NotBlank")
                .failIf("playbook".equals(feedKind) && d.playbookId() == null, "playbookId", "NotBlank");
        check.verify();
        if ("board".equals(feedKind)) {
            Board board = boards.find(d.boardId());
            Check.of().failIf(board.retired(), "boardId", "UnknownId").verify();
        } else {
            playbooks.getObject().find(d.playbookId());
        }
        try {
            companies.count(filter(query)); // a condition the customers list would refuse is refused here too
        } catch (RuleViolationException e) {
            throw new RuleViolationException(List.of(FieldProblem.of("query", "WorkTargetListQuery",
                    e.problems().isEmpty() ? "" : e.problems().get(0).field())));
        }
        return new Clean(name, description, query, d.viewId(), orderField, Boolean.TRUE.equals(d.orderDesc()), perDay,
                refresh, feedKind, "board".equals(feedKind) ? d.boardId() : null,
                "playbook".equals(feedKind) ? d.playbookId() : null, d.active() == null || d.active(), feedMode);
    }

    private boolean nameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from target_list where lower(name) = lower(?) and (?::uuid is null or id <> ?)")
                .params(name, except, except).query(Long.class).single() > 0;
    }

    private static final String SELECT = """
            select l.*, b.name as board_name, p.name as playbook_name,
                (select count(*) from target_list_member m where m.list_id = l.id and m.fed_on is null) as waiting,
                (select count(*) from target_list_member m where m.list_id = l.id and m.fed_on is not null) as fed
            from target_list l left join board b on b.id = l.board_id left join playbook p on p.id = l.playbook_id
            """;

    private static final String MEMBERS = """
            select m.*, c.name as company_name from target_list_member m join company c on c.id = m.company_id
            """;

    private static TargetList map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var refreshed = rs.getTimestamp("refreshed_at");
        var next = rs.getDate("next_refresh_on");
        return new TargetList(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getString("query"), rs.getObject("view_id", UUID.class), rs.getString("order_field"),
                rs.getBoolean("order_desc"), rs.getInt("per_day"), rs.getString("refresh"), rs.getString("feed_kind"),
                rs.getObject("board_id", UUID.class), rs.getString("board_name"),
                rs.getObject("playbook_id", UUID.class), rs.getString("playbook_name"), rs.getBoolean("active"),
                refreshed == null ? null : refreshed.toInstant(), next == null ? null : next.toLocalDate(),
                rs.getInt("waiting"), rs.getInt("fed"), rs.getLong("version"), rs.getString("feed_mode"));
    }

    private static TargetList.Member member(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var fedOn = rs.getDate("fed_on");
        return new TargetList.Member(rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getInt("position"), fedOn == null ? null : fedOn.toLocalDate(), rs.getObject("task_id", UUID.class),
                rs.getObject("run_id", UUID.class));
    }
}
