package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.kizuna.work.PlaybookChecklists;
import dev.kizuna.work.PlaybookDraft;
import dev.kizuna.work.PlaybookStep;
import org.springframework.stereotype.Component;

/**
 * A plan's checklist runs on work's playbook engine: each template is kept as a playbook (key
 * {@code success-template:<id>}) with one {@code item} step per checklist item in the order they fall due, each due
 * its day offset from the run's anchor; a new plan starts a run anchored on its go-live, a tick is reported to the
 * run (which waits for the earliest-due open item and marks it overdue on its due day), and a go-live move moves the
 * anchor, re-dating the waiting timer. Everything happens in the plan's own transaction.
 */
@Component
class PlanPlaybooks {

    static final String KEY = "success-template:";

    private final PlaybookChecklists checklists;
    private final TemplateRepository templates;
    private final PlanRepository plans;

    PlanPlaybooks(PlaybookChecklists checklists, TemplateRepository templates, PlanRepository plans) {
        this.checklists = checklists;
        this.templates = templates;
        this.plans = plans;
    }

    /** Starts the run that drives the new plan's checklist. */
    void start(UUID planId, UUID companyId, UUID templateId, LocalDate goLive) {
        SuccessTemplate template = templates.find(templateId).orElseThrow();
        List<PlaybookStep> steps = templates.itemsByDueDay(templateId).stream().map(PlanPlaybooks::step).toList();
        var playbook = checklists.keep(KEY + templateId, new PlaybookDraft("サクセスプラン：" + template.name(),
                "", "manual", null, null, true, steps));
        plans.setRun(planId, checklists.startAnchored(playbook.id(), companyId, goLive).id());
    }

    /**
     * Gives a plan made before its checklist ran on the engine its run, as if it had had one from the start: anchored on
     * its go-live, its items' own due days where the plan moved them, then its ticks in the order the run walks them.
     */
    void startLate(SuccessPlan plan, List<PlanItem> items) {
        start(plan.id(), plan.companyId(), plan.templateId(), plan.goLiveOn());
        List<TemplateRepository.StepItem> steps = templates.itemsByDueDay(plan.templateId());
        List<String> order = steps.stream().map(TemplateRepository.StepItem::key).toList();
        items.stream().filter(i -> order.contains(key(i))
                && i.dueOffsetDays() != steps.get(order.indexOf(key(i))).dueOffsetDays()).forEach(this::dueMoved);
        items.stream().filter(PlanItem::done).sorted(java.util.Comparator.comparingInt(i -> order.indexOf(key(i))))
                .forEach(i -> ticked(i, true));
    }

    /** An item was ticked done or reopened. */
    void ticked(PlanItem item, boolean done) {
        plans.runOf(item.planId()).ifPresent(run -> checklists.tick(run, key(item), done));
    }

    /** The item's due day moved on its plan alone: the plan's run dates the item from it. */
    void dueMoved(PlanItem item) {
        plans.runOf(item.planId()).ifPresent(run -> checklists.moveItem(run, key(item), item.dueOffsetDays()));
    }

    void goLiveMoved(UUID planId, LocalDate goLive) {
        plans.runOf(planId).ifPresent(run -> checklists.moveAnchor(run, goLive));
    }

    static String key(PlanItem item) {
        return item.phase() + "." + item.position();
    }

    private static PlaybookStep step(TemplateRepository.StepItem i) {
        return new PlaybookStep("item", i.title(), null, null, "customer".equals(i.side()) ? "お客様" : "自社", null,
                null, null, null, i.dueOffsetDays(), null, null, i.key(), null, null, null, null);
    }
}
