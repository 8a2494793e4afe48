package dev.kizuna.work;

import java.util.List;
import java.util.UUID;

import dev.kizuna.activities.ActivityLogged;
import dev.kizuna.activities.ActivityOptions;
import dev.kizuna.activities.Outcome;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.CompanyCreated;
import dev.kizuna.sales.DealWon;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What moves runs besides people and the timer: a task of a step is done (完了); an unreached call counts toward a
 * call step's limit; the next order (an activity of type {@value #ORDER_TYPE} — orders do not exist yet) or a deal won
 * ends a wait; and events start playbooks whose trigger they match (unless the customer already has an open run of
 * it, or carries the playbook's skip tag).
 */
@Component
class PlaybookTriggers {

    /** The activity type that stands for an order until the commerce module brings real orders. */
    static final String ORDER_TYPE = "受注確認";

    private final PlaybookRepository playbooks;
    private final PlaybookRunRepository runs;
    private final PlaybookEngine engine;
    private final ActivityOptions options;
    private final Companies companies;

    PlaybookTriggers(PlaybookRepository playbooks, PlaybookRunRepository runs, PlaybookEngine engine,
            ActivityOptions options, Companies companies) {
        this.playbooks = playbooks;
        this.runs = runs;
        this.engine = engine;
        this.options = options;
        this.companies = companies;
    }

    @ApplicationModuleListener
    void on(TaskStatusChanged event) {
        if (event.to() != TaskStatus.DONE) {
            return;
        }
        for (UUID runId : runs.runsOfTask(event.taskId())) {
            engine.transition(runId, run -> {
                if ("running".equals(run.status()) && event.taskId().equals(run.taskId())) {
                    engine.next(run, runs.stepsOfRun(run.id()).get(run.step()).next(run.step()));
                }
            });
        }
    }

    @ApplicationModuleListener
    void on(ActivityLogged event) {
        if (event.companyId() == null) {
            return;
        }
        if (event.call() && event.outcome() == Outcome.UNREACHED) {
            for (UUID runId : runs.runsCallingAt(event.companyId())) {
                engine.transition(runId, run -> {
                    PlaybookStep step = runs.stepsOfRun(run.id()).get(run.step());
                    if ("running".equals(run.status()) && "call".equals(step.kind()) && step.limit() != null
                            && event.unreachedInARowCompany() >= step.limit()) {
                        engine.callLimit(run, event.unreachedInARowCompany());
                    }
                });
            }
        }
        String type = event.typeId() == null ? null
                : AsSystem.call(() -> options.find(event.typeId()).map(o -> o.name()).orElse(null));
        if (ORDER_TYPE.equals(type)) {
            resumeWaiting(event.companyId(), "order", null);
        }
        if (type != null) {
            startTriggered("activity_type", type, event.companyId(), null, null);
        }
    }

    @ApplicationModuleListener
    void on(DealWon event) {
        resumeWaiting(event.companyId(), "deal_won", null);
        startTriggered("deal_won", null, event.companyId(), event.dealId(), null);
    }

    /** A real order (commerce) ends waits for an order, like 受注確認 does, and starts order_placed playbooks. */
    @ApplicationModuleListener
    void on(dev.kizuna.commerce.OrderPlaced event) {
        if (event.companyId() == null) {
            return;
        }
        resumeWaiting(event.companyId(), "order", event.orderId());
        startTriggered("order_placed", null, event.companyId(), event.dealId(), event.orderId());
    }

    /** A customer field changed: playbooks watching that field (triggerType) start. */
    @ApplicationModuleListener
    void on(dev.kizuna.customers.CompanyUpdated event) {
        for (String field : event.changedFields()) {
            startTriggered("field_changed", field, event.companyId(), null, null);
        }
    }

    @ApplicationModuleListener
    void on(CompanyCreated event) {
        startTriggered("customer_created", null, event.companyId(), null, null);
    }

    /** Resumes the customer's runs waiting for {@code waitFor}; an order that ends the wait becomes the run's order. */
    private void resumeWaiting(UUID companyId, String waitFor, UUID orderId) {
        for (UUID runId : runs.runsWaitingFor(companyId, waitFor)) {
            engine.transition(runId, run -> {
                if ("waiting".equals(run.status()) && waitFor.equals(run.waitFor())) {
                    runs.addEvent(run.id(), run.companyId(), run.step(), "resumed", waitFor, null);
                    PlaybookRun about = run;
                    if (orderId != null) {
                        runs.setOrder(run.id(), orderId);
                        about = runs.findRun(run.id()).orElseThrow();
                    }
                    engine.next(about, runs.stepsOfRun(run.id()).get(run.step()).next(run.step()));
                }
            });
        }
    }

    private void startTriggered(String trigger, String type, UUID companyId, UUID dealId, UUID orderId) {
        List<Playbook> triggered = playbooks.triggered(trigger).stream()
                .filter(p -> type == null || type.equals(p.triggerType())).toList();
        for (Playbook p : triggered) {
            boolean skip = p.skipTag() != null && !p.skipTag().isBlank() && AsSystem.call(() ->
                    companies.find(companyId).tags().contains(p.skipTag()));
            if (!skip && !runs.hasOpenRun(p.id(), companyId)) {
                engine.start(p, companyId, dealId, orderId, null);
            }
        }
    }
}
