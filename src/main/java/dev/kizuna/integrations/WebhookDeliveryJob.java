package dev.kizuna.integrations;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every 10 seconds: sends the due deliveries, each claimed just before it is sent with a lease (so a second instance, or
 * a restart, never sends one twice at the same time, and one claim never waits behind another's slow receiver), the
 * HTTP call made outside any transaction, the result written after. An instance that dies holds the job lock at most
 * 20 s and a delivery at most {@link WebhookOutbox#LEASE}. A 2xx answer delivers; anything else waits and tries again (see {@link WebhookOutbox#failed}).
 */
@Component
class WebhookDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);
    /** Deliveries claimed at a time: one, so each is sent well inside its lease however slow the others are. */
    static final int BATCH = 1;

    private final WebhookOutbox outbox;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final String chatworkApi;
    private final WebhookTargets targets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WebhookRequests.TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDeliveryJob(WebhookOutbox outbox, PlatformTransactionManager transactions, JsonMapper json,
            @Value("${kizuna.chatwork.api-url:https://api.chatwork.com/v2}") String chatworkApi, WebhookTargets targets) {
        this.targets = targets;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.chatworkApi = chatworkApi;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT10S")
    @SchedulerLock(name = "webhook-deliveries", lockAtMostFor = "PT20S")
    void run() {
        sendDue();
    }

    /** Sends what is due now; returns how many were attempted. */
    int sendDue() {
        int attempted = 0;
        List<Delivery> due;
        do {
            due = transaction.execute(s -> outbox.claimDue(BATCH));
            for (Delivery d : due) {
                send(d);
                attempted++;
            }
        } while (due.size() == BATCH);
        return attempted;
    }

    private void send(Delivery d) {
        Webhook hook = outbox.webhook(d.webhookId()).orElse(null);
        if (hook == null) {
            return;
        }
        try {
            if (!"chatwork".equals(hook.kind())) { // Chatwork's address is the deployer's setting, not an admin's
                targets.checkBeforeSending(hook.url());
            }
            // Only the status is kept and shown: the receiver's answer may be anything on whatever it is.
            HttpResponse<Void> response = http.send(WebhookRequests.build(hook, d, chatworkApi, json),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                transaction.executeWithoutResult(s -> outbox.delivered(d.id(), response.statusCode()));
            } else {
                transaction.executeWithoutResult(s -> outbox.failed(d, response.statusCode(),
                        "HTTP " + response.statusCode()));
            }
        } catch (WebhookTargets.RefusedTargetException e) {
            transaction.executeWithoutResult(s -> outbox.failed(d, null, "Refused: a private or local address"));
        } catch (java.io.IOException | IllegalArgumentException e) {
            transaction.executeWithoutResult(s -> outbox.failed(d, null, e.getClass().getSimpleName() + ": "
                    + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Webhook delivery {} interrupted", d.id());
        }
    }
}
