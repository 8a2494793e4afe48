/**
 * Customer success (カスタマーサクセス): every account's lifecycle from its go-live date (リリース日). A success plan per
 * customer follows a template whose phases are month offsets from go-live (seed 001's 準備期 from three months
 * before, 導入期 in months 1–2, 活用期 from month 3 is the built-in one) and whose checklist items carry a side
 * (お客様 / 自社) and a due day counted from go-live, so moving the go-live date moves every dated item at once. The
 * checklist runs on work's playbook engine through {@link dev.kizuna.work.PlaybookChecklists} ({@code PlanPlaybooks}).
 * <p>
 * Public face: the facades {@link dev.kizuna.success.SuccessPlans}, {@link dev.kizuna.success.SuccessTemplates},
 * {@link dev.kizuna.success.Checklists} and {@link dev.kizuna.success.PhaseBoard}, their records and the events
 * {@link dev.kizuna.success.SuccessPlanCreated} and {@link dev.kizuna.success.GoLiveMoved}. The lifecycle rules are
 * small pure types ({@link dev.kizuna.success.PhaseSpan}, {@link dev.kizuna.success.ChecklistProgress},
 * {@code ReviewDates}) tested without Spring.
 * <p>
 * Health scores (issue 18, seed 003's ⑦独自の顧客ヘルススコア): {@link dev.kizuna.success.HealthModels} (drafts and
 * published versions: components = {@link dev.kizuna.success.HealthMeasure} beans mapped to points 0–10 by thresholds,
 * weights adding up to 100, bands 危険/注意/良好/拡大候補), {@link dev.kizuna.success.HealthScores} (current score,
 * daily snapshot, history), {@link dev.kizuna.success.HealthBacktests} and {@link dev.kizuna.success.UsageMetrics};
 * events {@link dev.kizuna.success.HealthBandEntered} (entering 危険 starts work's churn-prevention playbook, entering
 * 拡大候補 makes a deal in sales' upsell pipeline) and {@link dev.kizuna.success.HealthScoreDropped} (the owner is told
 * through notifications). Measures read activities, tasks and late payments through those modules' facades. The
 * arithmetic ({@code HealthScoring}, {@code HealthModelRules}, {@code BacktestFigures}) is plain classes.
 * <p>
 * Reads customers and users through their facades; the phase board's list query joins {@code company} (name and
 * reading) and {@code app_user} (owner's name) read-only for sorting and display.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer success",
        allowedDependencies = {"identity", "customers", "activities", "sales", "commerce", "work",
                "notifications"})
@ReadsTables(module = "customers", tables = "company",
        why = "the customer's name and reading on plan lists, the phase board and the health list (sorting and display);"
                + " kind, tags and custom fields pick a customer's health model and feed its customField component")
@ReadsTables(module = "identity", tables = {"app_user", "job_role"},
        why = "names of owners, job roles and who ticked an item on plans, checklists and the phase board")
package dev.kizuna.success;

import dev.kizuna.platform.db.ReadsTables;
