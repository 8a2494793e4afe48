package dev.kizuna.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.calendar.BusinessCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping target lists filled and feeding them: re-evaluating a list's filter (new matches join, waiting
 * non-matches leave, fed ones stay) and, each business day, handing the next customers to a board or a playbook.
 * Feeding a list on a day first inserts the (list, day) row: a second instance or a re-run finds it and feeds nobody.
 */
@Component
class TargetListFeeding {

    private final TargetListRepository repository;
    private final Companies companies;
    private final Tasks tasks;
    private final Boards boards;
    private final ObjectProvider<Playbooks> playbooks;
    private final ObjectProvider<PlaybookEngine> engine;
    private final BusinessCalendar calendar;
    private final AuditLog audit;
    private final TransactionTemplate newTransaction;

    TargetListFeeding(TargetListRepository repository, Companies companies, Tasks tasks, Boards boards,
            ObjectProvider<Playbooks> playbooks, ObjectProvider<PlaybookEngine> engine, BusinessCalendar calendar,
            AuditLog audit, PlatformTransactionManager txm) {
        this.repository = repository;
        this.companies = companies;
        this.tasks = tasks;
        this.boards = boards;
        this.playbooks = playbooks;
        this.engine = engine;
        this.calendar = calendar;
        this.audit = audit;
        this.newTransaction = new TransactionTemplate(txm);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** See {@link TargetLists#runDay}: each list in its own transaction. */
    int runDay(LocalDate day) {
        return AsSystem.call(() -> {
            for (UUID id : repository.dailyDueForRefresh(day)) {
                newTransaction.executeWithoutResult(s -> evaluate(id, day));
            }
            if (!calendar.isBusinessDay(day)) {
                return 0;
            }
            int fed = 0;
            for (UUID id : repository.activeDaily()) {
                Integer n = newTransaction.execute(s -> feed(id, day, false));
                fed += n == null ? 0 : n;
            }
            // Schedules: on the first business day a period is due, everyone matching is fed (again).
            for (UUID id : repository.periodsDue(day)) {
                Integer n = newTransaction.execute(s -> feed(id, day, true));
                fed += n == null ? 0 : n;
            }
            return fed;
        });
    }

    /** Feeds one list for one business day, once: the (list, day) row decides who does it. */
    private int feed(UUID id, LocalDate day, boolean period) {
        TargetList list = repository.find(id).orElseThrow(() -> new NotFoundException(TargetLists.AUDIT_TYPE, id));
        Playbook playbook = null;
        if ("playbook".equals(list.feedKind())) {
            playbook = playbooks.getObject().find(list.playbookId());
            if (!playbook.active()) {
                return 0; // switched off: the list waits, nothing is claimed for the day
            }
        } else if (boards.find(list.boardId()).retired()) {
            return 0;
        }
        if (!repository.claimDay(id, day)) {
            return 0;
        }
        if (period) { // a new period: everyone matching now is fed again
            repository.unfeedAll(id);
            evaluate(id, day);
        }
        List<TargetList.Member> next = repository.claimWaiting(id, period ? TargetLists.MAX_MEMBERS : list.perDay());
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
            repository.markFed(id, m.companyId(), day, taskId, runId);
        }
        repository.recordFed(id, day, next.size());
        if (!next.isEmpty()) {
            audit.record("target-list.fed", TargetLists.AUDIT_TYPE, id, null, Map.of("day", day.toString(),
                    "companies", next.stream().map(TargetList.Member::companyId).toList()));
        }
        return next.size();
    }

    /** Re-evaluates the filter: new matches join, waiting non-matches leave, fed ones stay put. */
    void evaluate(UUID id, LocalDate day) {
        TargetList list = repository.lock(id);
        List<UUID> matches = matches(list.query(), list.orderField(), list.orderDesc());
        var membership = new TargetListMembership(repository.members(id), matches, list.orderField() != null);
        membership.leaving().forEach(c -> repository.removeMember(id, c));
        membership.joining(repository.lastPosition(id)).forEach((c, position) -> repository.addMember(id, c, position));
        membership.reordering().forEach((c, position) -> repository.setPosition(id, c, position));
        repository.markRefreshed(id, TargetList.nextRefresh(list.refresh(), day));
    }

    /** Every customer the filter matches, in the list's order (at most {@link TargetLists#MAX_MEMBERS}). */
    private List<UUID> matches(String query, String orderField, boolean desc) {
        CompanyFilter filter = TargetListQuery.filter(query).sortedBy(orderField == null ? "kana" : orderField,
                orderField != null && desc);
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        do {
            CursorPage<Company> page = companies.list(filter, new PageQuery(PageQuery.MAX_LIMIT, cursor));
            page.items().forEach(c -> ids.add(c.id()));
            cursor = page.nextCursor();
        } while (cursor != null && ids.size() < TargetLists.MAX_MEMBERS);
        return ids;
    }
}
