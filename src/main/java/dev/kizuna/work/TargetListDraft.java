package dev.kizuna.work;

import java.util.UUID;

/**
 * A new target list or changes to one. {@code query} is a customers list query string
 * (e.g. {@code filter[employeeCount][gte]=30&filter[customFields.print_orders]=false}); {@code viewId} takes the
 * query of a saved customers view instead. {@code orderField} empty = order by hand. {@code feedMode}: daily
 * (default; {@code perDay} a business day, each customer once) or period (every match at each weekly/monthly refresh).
 */
public record TargetListDraft(String name, String description, String query, UUID viewId, String orderField,
        Boolean orderDesc, Integer perDay, String refresh, String feedKind, UUID boardId, UUID playbookId,
        Boolean active, String feedMode) {
}
