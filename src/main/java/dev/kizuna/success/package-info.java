/**
 * Customer success (カスタマーサクセス): every account's lifecycle from its go-live date (リリース日). A success plan per
 * customer follows a template whose phases are month offsets from go-live (seed 001's 準備期 from three months
 * before, 導入期 in months 1–2, 活用期 from month 3 is the built-in one) and whose checklist items carry a side
 * (お客様 / 自社) and a due day counted from go-live, so moving the go-live date moves every dated item at once.
 * <p>
 * Public face: the facades {@link dev.kizuna.success.SuccessPlans}, {@link dev.kizuna.success.SuccessTemplates},
 * {@link dev.kizuna.success.Checklists} and {@link dev.kizuna.success.PhaseBoard}, their records and the events
 * {@link dev.kizuna.success.SuccessPlanCreated} and {@link dev.kizuna.success.GoLiveMoved}. The lifecycle rules are
 * small pure types ({@link dev.kizuna.success.PhaseSpan}, {@link dev.kizuna.success.ChecklistProgress},
 * {@code ReviewDates}) tested without Spring.
 * <p>
 * Reads customers and users through their facades; the phase board's list query joins {@code company} (name and
 * reading) and {@code app_user} (owner's name) read-only for sorting and display.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer success",
        allowedDependencies = {"identity", "customers", "activities", "work"})
@ReadsTables(module = "customers", tables = "company",
        why = "the customer's name and reading on plan lists and the phase board (sorting and display)")
@ReadsTables(module = "identity", tables = {"app_user", "job_role"},
        why = "names of owners, job roles and who ticked an item on plans, checklists and the phase board")
package dev.kizuna.success;

import dev.kizuna.platform.db.ReadsTables;
