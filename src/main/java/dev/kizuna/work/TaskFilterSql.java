package dev.kizuna.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.kizuna.platform.api.KeysetOrder;
import dev.kizuna.platform.security.CurrentActor;

/** A task filter as SQL conditions over {@code task t} ({@code " and …"}) with their values, and its order. */
record TaskFilterSql(String where, List<Object> args, KeysetOrder order) {

    static final String OPEN = "t.status in ('todo', 'doing')";

    /** The filter as of {@code today} (the overdue view); "mine" is the signed-in user's. */
    static TaskFilterSql of(TaskFilter f, LocalDate today) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if ("mine".equals(f.view())) {
            where.append(" and t.owner_user_id = ? and ").append(OPEN);
            args.add(CurrentActor.required().actorId());
        } else if ("overdue".equals(f.view())) {
            where.append(" and ").append(OPEN).append(" and t.due_on is not null and t.due_on < ?");
            args.add(today);
        } else if ("unowned".equals(f.view())) {
            where.append(" and ").append(OPEN).append(" and t.owner_user_id is null");
        }
        add(where, args, "t.board_id", f.boardId());
        add(where, args, "t.owner_user_id", f.ownerUserId());
        add(where, args, "t.owner_role_id", f.ownerRoleId());
        add(where, args, "t.company_id", f.companyId());
        add(where, args, "t.order_id", f.orderId());
        if ("open".equals(f.status())) {
            where.append(" and ").append(OPEN);
        } else if (f.status() != null) {
            add(where, args, "t.status", f.status());
        }
        KeysetOrder order = "overdue".equals(f.view()) ? new KeysetOrder("t.due_on", "date", "t.id", false)
                : new KeysetOrder("t.created_at", "timestamptz", "t.id", false);
        return new TaskFilterSql(where.toString(), args, order);
    }

    private static void add(StringBuilder where, List<Object> args, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
