package dev.kizuna.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target lists (ターゲットリスト): a customer filter in the customers list's own terms (its query string, or a saved
 * view's), evaluated through {@link Companies#list}; re-evaluated on its schedule (new matches join at the end — or
 * in field order — and waiting ones that no longer match leave; fed ones stay); fed {@code perDay} customers each
 * business day (Japanese holidays and weekends are skipped) into a board or a playbook. This facade defines lists;
 * {@link TargetListFeeding} keeps them filled and feeds them.
 */
@Service
@Transactional
public class TargetLists {

    static final String AUDIT_TYPE = "target-list";
    /** A list holds at most this many customers waiting. */
    public static final int MAX_MEMBERS = Companies.COUNT_CAP;

    private final TargetListRepository repository;
    private final TargetListCheck check;
    private final TargetListFeeding feeding;
    private final Companies companies;
    private final AuditLog audit;
    private final Clock clock;

    TargetLists(TargetListRepository repository, TargetListCheck check, TargetListFeeding feeding,
            Companies companies, AuditLog audit, Optional<Clock> clock) {
        this.repository = repository;
        this.check = check;
        this.feeding = feeding;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Today in Japan, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Tasks.ZONE));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TargetList> list(boolean includeInactive) {
        return repository.list(includeInactive);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TargetList find(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** The customers waiting, in feeding order (keyset-paged by position). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<TargetList.Member> waiting(UUID id, PageQuery page) {
        var cursor = page.decodedCursor(1);
        int after = cursor == null ? Integer.MIN_VALUE
                : (int) Math.clamp(cursor.number(0), Integer.MIN_VALUE, Integer.MAX_VALUE);
        List<TargetList.Member> rows = repository.waiting(id, after, page.fetchSize());
        return page.page(rows, m -> Cursor.of(String.valueOf(m.position())));
    }

    /** The customers already fed, latest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TargetList.Member> fed(UUID id, int limit) {
        return repository.fed(id, limit);
    }

    @PreAuthorize("hasRole('MANAGER')")
    public TargetList create(TargetListDraft draft) {
        return insert(draft);
    }

    /** Also for sample data. Evaluates the filter at once. */
    TargetList insert(TargetListDraft draft) {
        TargetListSettings s = check.verify(draft, null);
        UUID id = Ids.newId();
        repository.insert(id, s, CurrentActor.idOrNull());
        feeding.evaluate(id, today());
        if ("period".equals(s.feedMode())) { // a schedule feeds its first period on the next business day it runs
            repository.setNextRefresh(id, today());
        }
        TargetList created = find(id);
        audit.record("target-list.created", AUDIT_TYPE, id, null, created.audit());
        return created;
    }

    /** Saves changes; a changed filter or order is re-evaluated at once. */
    @PreAuthorize("hasRole('MANAGER')")
    public TargetList update(UUID id, long version, TargetListDraft draft) {
        TargetList before = find(id);
        TargetListSettings s = check.verify(draft, id);
        if (!repository.update(id, version, s, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        if (!s.query().equals(before.query()) || !Objects.equals(s.orderField(), before.orderField())
                || s.orderDesc() != before.orderDesc()) {
            feeding.evaluate(id, today());
        } else {
            repository.setNextRefresh(id, TargetList.nextRefresh(s.refresh(), today()));
        }
        TargetList after = find(id);
        audit.record("target-list.updated", AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    /** Re-evaluates the filter now (also what the schedule does); returns the list with its new counts. */
    @PreAuthorize("hasRole('MANAGER')")
    public TargetList refresh(UUID id, long version) {
        TargetList before = find(id);
        if (!repository.bumpVersion(id, version)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        feeding.evaluate(id, today());
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
        int position = repository.waitingPosition(id, companyId)
                .orElseThrow(() -> new NotFoundException("target-list-member", companyId));
        if (!repository.bumpVersion(id, version)) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Optional<UUID> neighbour = repository.waitingNeighbour(id, position, up);
        if (neighbour.isPresent()) {
            int other = repository.position(id, neighbour.get());
            repository.setPosition(id, companyId, other);
            repository.setPosition(id, neighbour.get(), position);
            audit.record("target-list.moved", AUDIT_TYPE, id, Map.of("companyId", companyId, "position", position),
                    Map.of("companyId", companyId, "position", other));
        }
        return find(id);
    }

    /**
     * What the daily job does for {@code day}: re-evaluates the lists whose refresh is due, then (on a business day
     * only) feeds every active list once. Returns how many customers were fed.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int runDay(LocalDate day) {
        return feeding.runDay(day);
    }

    /** How many customers a query matches now (the form's preview). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String query) {
        return companies.count(TargetListQuery.filter(query));
    }
}
