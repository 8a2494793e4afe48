/**
 * Work (業務): boards (板) — named queues serving job roles — and the tasks handed over on them (タスク付け), with
 * checklists, comments with @mentions, due dates in business days and the backlog rule ("never let work pile up
 * for two days", seed 002): an open task older than a board's N business days alerts the board's manager and is
 * counted in the daily report.
 * <p>
 * Public face: the facades {@link dev.kizuna.work.Boards}, {@link dev.kizuna.work.Tasks} and
 * {@link dev.kizuna.work.Backlog}; the events {@link dev.kizuna.work.TaskCreated} and
 * {@link dev.kizuna.work.TaskStatusChanged}. Tasks show on a customer's page (a {@code CustomerPanel}) and timeline
 * (a {@code TimelineSource}). Also playbooks (フロー) and their runs, and target lists;
 * {@link dev.kizuna.work.PlaybookChecklists} lets another module drive its dated checklist with a run (success plans).
 * In-app alerts go through {@code notifications.Notifications} (the header bell).
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, customers,
 * activities, sales, notifications, and commerce: {@code OrderPlaced} ends a playbook waiting for an order and
 * starts {@code order_placed} playbooks, and a task may name an order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work",
        allowedDependencies = {"identity", "customers", "activities", "sales", "commerce", "notifications"})
@ReadsTables(module = "identity", tables = {"app_user", "job_role"},
        why = "names of people and job roles on boards, tasks, attachments and playbook runs; sample data finds"
                + " its sample staff by e-mail")
@ReadsTables(module = "customers", tables = {"company", "custom_field"},
        why = "customer names on tasks, playbook runs and target lists; sample data picks sample customers and "
                + "checks for its custom field")
@ReadsTables(module = "sales", tables = "deal",
        why = "the deal's title on a task")
@ReadsTables(module = "commerce", tables = "sales_order",
        why = "the order's number on a task")
package dev.kizuna.work;

import dev.kizuna.platform.db.ReadsTables;
