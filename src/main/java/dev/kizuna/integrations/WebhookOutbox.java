package dev.kizuna.integrations;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.notifications.NotificationCreated;
import dev.kizuna.work.PlaybookChatPosted;
import dev.kizuna.work.Task;
import dev.kizuna.work.TaskCreated;
import dev.kizuna.work.TaskStatusChanged;
import dev.kizuna.work.Tasks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox: each event that a webhook serves becomes a pending delivery row, written by a plain (synchronous)
 * listener inside the event's own transaction — the task or notification and its deliveries commit together or not
 * at all. {@link WebhookDeliveryJob} sends them. Texts are in Japanese, the office's language.
 */
@Component
class WebhookOutbox {

    /** Attempts before a delivery is given up as failed. */
    static final int MAX_ATTEMPTS = DeliveryRetry.MAX_ATTEMPTS;

    /**
     * How long a claimed delivery is left to its sender before another instance may try it: longer than one send
     * takes at most (connect and answer within {@link WebhookRequests#TIMEOUT} each), short enough that the
     * deliveries of an instance that died are sent by another within about 30 s (it was 2 minutes, behind a 5-minute
     * job lock).
     */
    static final Duration LEASE = Duration.ofSeconds(25);

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Tasks tasks;
    private final String baseUrl;

    WebhookOutbox(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, JsonMapper json, MessageSource messages, Tasks tasks,
            @Value("${kizuna.base-url:http://localhost:8080}") String baseUrl) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.messages = messages;
        this.tasks = tasks;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(TaskCreated event) {
        boardEvent(event.boardId(), event.taskId(), "task.created", "integrations.text.taskCreated", null);
    }

    @EventListener
    void on(TaskStatusChanged event) {
        boardEvent(event.boardId(), event.taskId(), "task.status_changed", "integrations.text.taskStatus",
                event.to().code());
    }

    @EventListener
    void on(NotificationCreated event) {
        List<Webhook> hooks = webhooks.activeOfUser(event.userId());
        if (hooks.isEmpty()) {
            return;
        }
        String what = messages.getMessage(event.messageKey(), new Object[] {event.argument()}, event.messageKey(),
                Locale.JAPANESE);
        String text = what + (event.href() == null || event.href().isEmpty() ? "" : " " + baseUrl + event.href());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("notificationId", event.notificationId().toString());
        data.put("kind", event.kind());
        data.put("href", event.href());
        hooks.forEach(h -> enqueue(h, "notification", text, data));
    }

    /**
     * A playbook's chat step: queued to the active webhook of that name, in the step's transaction. No such webhook
     * fails the step (it is retried, then shown on the playbook errors view with this message).
     */
    @EventListener
    void on(PlaybookChatPosted event) {
        Webhook hook = webhooks.activeNamed(event.destination()).orElseThrow(() -> new IllegalStateException(messages.getMessage("integrations.error.noWebhook",
                        new Object[] {event.destination()}, Locale.JAPANESE)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("runId", event.runId().toString());
        data.put("step", event.step() + 1);
        data.put("companyId", event.companyId() == null ? null : event.companyId().toString());
        enqueue(hook, "playbook.chat", event.text(), data);
    }

    private void boardEvent(UUID boardId, UUID taskId, String name, String key, String status) {
        List<Webhook> hooks = webhooks.activeOfBoard(boardId);
        if (hooks.isEmpty()) {
            return;
        }
        Task task = SystemActor.call(() -> tasks.find(taskId));
        String statusName = status == null ? "" : messages.getMessage("work.status." + status, null, status,
                Locale.JAPANESE);
        String text = messages.getMessage(key, new Object[] {task.boardName(), task.title(), statusName,
                task.companyName() == null ? "" : task.companyName()}, Locale.JAPANESE)
                + " " + baseUrl + "/tasks/" + taskId;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskId", taskId.toString());
        data.put("boardId", boardId.toString());
        data.put("title", task.title());
        data.put("status", task.status().code());
        hooks.forEach(h -> enqueue(h, name, text, data));
    }

    Delivery enqueue(Webhook hook, String event, String text, Map<String, ?> data) {
        return deliveries.insert(Ids.newId(), hook.id(), event, text, json.writeValueAsString(data));
    }

    /**
     * Claims up to {@code limit} due deliveries for this instance: their next attempt moves a lease ahead in the same
     * statement that picks them ({@code for update skip locked}), so two instances never send the same one at once.
     */
    List<Delivery> claimDue(int limit) {
        return deliveries.claimDue(limit, LEASE);
    }

    void delivered(UUID id, int httpStatus) {
        deliveries.delivered(id, httpStatus);
    }

    /** A failed attempt: tried again later, or given up after the last ({@link DeliveryRetry}). */
    void failed(Delivery d, Integer httpStatus, String error) {
        DeliveryRetry retry = DeliveryRetry.afterFailing(d.attempts());
        deliveries.failed(d.id(), retry.attempts(), httpStatus, error.length() > 500 ? error.substring(0, 500) : error,
                retry.status(), retry.waitSeconds());
    }

    /** Sends a failed delivery again at once, from the first attempt. */
    void retry(UUID webhookId, UUID id) {
        deliveries.retry(webhookId, id);
    }

    /** A webhook's newest deliveries. */
    List<Delivery> newestOf(UUID webhookId, int limit) {
        return deliveries.newestOf(webhookId, limit);
    }

    Optional<Webhook> webhook(UUID id) {
        return webhooks.find(id);
    }
}
