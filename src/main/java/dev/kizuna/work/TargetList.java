package dev.kizuna.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A target list (ターゲットリスト): a saved customer filter ({@code query}, the customers list's query string), its
 * feeding order ({@code orderField} asc/desc, or by hand when null), {@code perDay} customers fed each business day
 * into a board (a task each) or a playbook (a run each), re-evaluated {@code refresh} (weekly, monthly, never).
 */
public record TargetList(UUID id, String name, String description, String query, UUID viewId, String orderField,
        boolean orderDesc, int perDay, String refresh, String feedKind, UUID boardId, String boardName,
        UUID playbookId, String playbookName, boolean active, Instant refreshedAt, LocalDate nextRefreshOn,
        int waiting, int fed, long version, String feedMode) {

    public static final java.util.List<String> REFRESHES = java.util.List.of("monthly", "weekly", "never");
    public static final java.util.List<String> FEED_KINDS = java.util.List.of("board", "playbook");
    /** daily: perDay customers a business day, each once; period: every match at each refresh (a schedule). */
    public static final java.util.List<String> FEED_MODES = java.util.List.of("daily", "period");

    public String target() {
        return "board".equals(feedKind) ? boardName : playbookName;
    }

    /** One customer on a list: waiting ({@code fedOn} null) in {@code position} order, or already fed. */
    public record Member(UUID companyId, String companyName, int position, LocalDate fedOn, UUID taskId, UUID runId) {
    }

    /** When a list re-evaluated on {@code day} with this {@code refresh} is next due; null for "never". */
    static LocalDate nextRefresh(String refresh, LocalDate day) {
        return switch (refresh) {
            case "weekly" -> day.plusWeeks(1);
            case "never" -> null;
            default -> day.plusMonths(1);
        };
    }

    record AuditView(String name, String query, String orderField, boolean orderDesc, int perDay, String refresh,
            String feedKind, UUID boardId, UUID playbookId, boolean active, String feedMode) {
    }

    AuditView audit() {
        return new AuditView(name, query, orderField, orderDesc, perDay, refresh, feedKind, boardId, playbookId, active, feedMode);
    }
}
