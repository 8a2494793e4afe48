package dev.kizuna.success;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kizuna.notifications.Notifications;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.sales.Deal;
import dev.kizuna.sales.DealDraft;
import dev.kizuna.sales.Deals;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Pipelines;
import dev.kizuna.sales.StageDraft;
import dev.kizuna.sales.StageKind;
import dev.kizuna.work.PlaybookRun;
import dev.kizuna.work.Playbooks;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Seed 003's decision between 解約フォロー and 拡大フォロー, made by the score: a customer entering 危険 gets the built-in
 * churn-prevention playbook started for its owner (who is told), one entering 拡大候補 gets a deal in the upsell
 * pipeline (アップセル, made on first use) owned by its owner. Each start is recorded with its reason; a customer does
 * not get a second one of the same kind within {@link #QUIET} (a score wavering at a threshold). A drop alert tells
 * the owner.
 */
@Component
class HealthRouting {

    static final String UPSELL_PIPELINE = "アップセル";
    static final Duration QUIET = Duration.ofDays(30);

    private final Playbooks playbooks;
    private final Deals deals;
    private final Pipelines pipelines;
    private final Notifications notifications;
    private final HealthActionRepository actions;

    HealthRouting(Playbooks playbooks, Deals deals, Pipelines pipelines, Notifications notifications,
            HealthActionRepository actions) {
        this.playbooks = playbooks;
        this.deals = deals;
        this.pipelines = pipelines;
        this.notifications = notifications;
        this.actions = actions;
    }

    @ApplicationModuleListener
    void on(HealthBandEntered e) {
        SystemActor.run(() -> {
            if (e.band() == HealthBand.DANGER && e.routeDanger() && fresh(e, "playbook")) {
                startChurnPrevention(e);
            } else if (e.band() == HealthBand.EXPANSION && e.routeExpansion() && fresh(e, "deal")) {
                upsellDeal(e);
            }
        });
    }

    @ApplicationModuleListener
    void on(HealthScoreDropped e) {
        if (e.ownerId() != null) {
            notifications.tell(e.ownerId(), "health-drop", "success.notification.healthDrop",
                    e.companyName() + " " + e.from().toPlainString() + " → " + e.to().toPlainString(),
                    "/customers/" + e.companyId());
        }
    }

    private boolean fresh(HealthBandEntered e, String kind) {
        return !actions.since(e.companyId(), kind, Instant.now().minus(QUIET));
    }

    private static String reason(HealthBandEntered e) {
        return e.band().code() + " entered on " + e.day() + " (score " + e.score().toPlainString() + ", was "
                + (e.previous() == null ? "unscored" : e.previous().code()) + "; model version " + e.modelNumber() + ")";
    }

    private void startChurnPrevention(HealthBandEntered e) {
        PlaybookRun run = playbooks.startBuiltIn(Playbooks.CHURN_PREVENTION, e.companyId(), e.ownerId());
        actions.insert(e.companyId(), "playbook", e.band(), e.score(), reason(e), run == null ? null : run.id(),
                e.ownerId());
        if (e.ownerId() != null) {
            notifications.tell(e.ownerId(), "health-danger", "success.notification.healthDanger", e.companyName(),
                    run == null ? "/customers/" + e.companyId() : "/playbook-runs/" + run.id());
        }
    }

    private void upsellDeal(HealthBandEntered e) {
        Pipeline pipeline = pipelines.list(false).stream().filter(p -> p.name().equals(UPSELL_PIPELINE)).findFirst()
                .orElseGet(() -> pipelines.create(UPSELL_PIPELINE, "Upsell", List.of(
                        new StageDraft("拡大提案の準備", "Preparing", StageKind.OPEN, 10, null),
                        new StageDraft("提案中", "Proposing", StageKind.OPEN, 40, 30),
                        new StageDraft("受注", "Won", StageKind.WON, 100, null),
                        new StageDraft("失注", "Lost", StageKind.LOST, 0, null))));
        Deal deal = deals.createFor(new DealDraft("アップセル：" + e.companyName(), e.companyId(), null, pipeline.id(),
                null, null, null, e.ownerId(), "ヘルススコア", null, null, "拡大候補になった理由をスコアの内訳で確認する", null,
                null, null, null));
        actions.insert(e.companyId(), "deal", e.band(), e.score(), reason(e), deal.id(), e.ownerId());
        if (e.ownerId() != null) {
            notifications.tell(e.ownerId(), "health-expansion", "success.notification.healthExpansion",
                    e.companyName(), "/deals/" + deal.id());
        }
    }
}
