package dev.kizuna.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.Role;
import dev.kizuna.identity.Roles;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.UserSummary;
import dev.kizuna.identity.Users;
import dev.kizuna.notifications.Notifications;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.security.SystemActor;
import org.springframework.stereotype.Component;

/**
 * A SKU whose available stock (on hand − allocated) falls to or below its reorder point tells its people in the app
 * (the bell), once per crossing: while it stays there nothing more is said; back above the point, the next fall tells
 * them again. Its people are the active holders of the job role {@value #ROLE}; when nobody holds it, the managers.
 * Checked in the same transaction as each movement, allocation and reorder-point change, so a rolled-back movement
 * tells nobody.
 */
@Component
class ReorderAlerts {

    /** The job role (担当) whose holders hear about reorder points. */
    static final String ROLE = "在庫担当";
    static final String KIND = "stock-reorder";

    private final StockRepository stock;
    private final ReorderAlertRepository alerts;
    private final Roles roles;
    private final Users users;
    private final Notifications notifications;

    ReorderAlerts(StockRepository stock, ReorderAlertRepository alerts, Roles roles, Users users,
            Notifications notifications) {
        this.stock = stock;
        this.alerts = alerts;
        this.roles = roles;
        this.users = users;
        this.notifications = notifications;
    }

    /** Looks at the SKU's stock now; raises (and tells) or clears its alert. True when people were told now. */
    boolean check(UUID skuId) {
        StockLine line = stock.one(java.time.LocalDate.now(Stock.TOKYO), skuId);
        if (!line.belowReorderPoint()) {
            alerts.clear(skuId);
            return false;
        }
        if (!alerts.raise(Ids.newId(), skuId, line.available(), line.reorderPoint())) {
            return false;
        }
        String what = line.code() + " " + line.name() + "（" + line.available() + " / " + line.reorderPoint() + "）";
        for (UUID person : SystemActor.call(this::responsible)) {
            notifications.tell(person, KIND, "inventory.notification.reorder", what, "/inventory/skus/" + skuId);
        }
        return true;
    }

    /** The active holders of {@value #ROLE}; the active managers when nobody holds it. */
    List<UUID> responsible() {
        UUID role = roles.list(false).stream().filter(r -> ROLE.equals(r.name()) && r.holders() > 0)
                .map(Role::id).findFirst().orElse(null);
        List<UUID> out = everyone(new UserFilter(null, null, true, role, "kana", false));
        return role != null && !out.isEmpty() ? out
                : everyone(new UserFilter(null, PermissionLevel.MANAGER, true, null, "kana", false));
    }

    private List<UUID> everyone(UserFilter filter) {
        List<UUID> out = new ArrayList<>();
        PageQuery page = PageQuery.first(PageQuery.MAX_LIMIT);
        while (true) {
            CursorPage<UserSummary> one = users.list(filter, page);
            one.items().forEach(u -> out.add(u.id()));
            if (one.nextCursor() == null) {
                return out;
            }
            page = PageQuery.of(PageQuery.MAX_LIMIT, one.nextCursor());
        }
    }
}
