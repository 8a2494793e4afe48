package dev.kizuna.work;

import java.time.LocalDate;
import java.util.UUID;

import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
import dev.kizuna.customers.Companies;
import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.sales.Deals;
import org.springframework.stereotype.Component;

/**
 * Checks a task's draft against the other modules (board, role, owner, customer, deal, order) and gives it its
 * defaults: a due day counted in business days, the board's first role as owner when nobody is named.
 */
@Component
class TaskCheck {

    private final Boards boards;
    private final Roles roles;
    private final Users users;
    private final Companies companies;
    private final Deals deals;
    private final Orders orders;
    private final BusinessCalendar calendar;

    TaskCheck(Boards boards, Roles roles, Users users, Companies companies, Deals deals, Orders orders,
            BusinessCalendar calendar) {
        this.boards = boards;
        this.roles = roles;
        this.users = users;
        this.companies = companies;
        this.deals = deals;
        this.orders = orders;
        this.calendar = calendar;
    }

    /** The draft's values as written, for a new task ({@code before} null) or a change; as of {@code today}. */
    TaskRepository.Clean verify(TaskDraft d, Check check, Task before, LocalDate today) {
        String title = d.title() == null ? null : d.title().strip();
        String details = d.details() == null ? "" : d.details().strip();
        Board board = d.boardId() == null ? null : boards.list(true).stream()
                .filter(b -> b.id().equals(d.boardId())).findFirst().orElse(null);
        boolean roleKnown = d.ownerRoleId() == null || roles.list(true).stream()
                .anyMatch(r -> r.id().equals(d.ownerRoleId()));
        boolean dealKnown = d.dealId() == null || dealExists(d.dealId());
        Order order = d.orderId() == null ? null : orderOrNull(d.orderId());
        UUID companyId = d.companyId() == null && order != null ? order.companyId() : d.companyId();
        UUID dealId = d.dealId() == null && order != null ? order.dealId() : d.dealId();
        TaskPriority priority = d.priority() == null || d.priority().isBlank() ? TaskPriority.NORMAL
                : TaskPriority.of(d.priority());
        Integer inDays = d.dueInBusinessDays();
        check.required("title", title)
                .maxLength("title", title, 200)
                .maxLength("details", details, 5000)
                .required("boardId", d.boardId())
                .failIf(d.boardId() != null && board == null, "boardId", "UnknownId")
                .failIf(board != null && board.retired() && (before == null || !before.boardId().equals(board.id())),
                        "boardId", "WorkRetiredBoard")
                .failIf(!roleKnown, "ownerRoleId", "UnknownRole")
                .failIf(d.ownerUserId() != null && !users.exists(d.ownerUserId()), "ownerUserId", "UnknownUser")
                .failIf(d.companyId() != null && companies.findOrNull(d.companyId()) == null, "companyId", "UnknownId")
                .failIf(!dealKnown, "dealId", "UnknownId")
                .failIf(d.orderId() != null && order == null, "orderId", "UnknownId")
                .failIf(order != null && !order.companyId().equals(companyId), "orderId", "WorkOrderElsewhere")
                .oneOf("priority", d.priority(), TaskPriority.CODES)
                .failIf(inDays != null && (inDays < 0 || inDays > 250), "dueInBusinessDays", "Range", 0, 250)
                .failIf(d.dueTime() != null && d.dueOn() == null && inDays == null, "dueTime", "WorkTimeWithoutDay")
                .verify();
        LocalDate due = d.dueOn() != null ? d.dueOn() : inDays == null ? null
                : inDays > 0 ? calendar.addBusinessDays(today, inDays)
                : calendar.isBusinessDay(today) ? today : calendar.nextBusinessDay(today);
        UUID role = d.ownerRoleId();
        if (role == null && d.ownerUserId() == null && !board.roles().isEmpty()) {
            role = board.roles().getFirst().id();
        }
        return new TaskRepository.Clean(board.id(), title, details, role, d.ownerUserId(), companyId, dealId,
                d.orderId(), due, d.dueTime(), priority);
    }

    private Order orderOrNull(UUID orderId) {
        try {
            return orders.find(orderId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private boolean dealExists(UUID dealId) {
        try {
            deals.find(dealId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
